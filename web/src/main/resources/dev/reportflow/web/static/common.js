'use strict';

/** Builds an element; children are nodes or strings (always inserted as text, never as HTML). */
function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (name === 'className') {
      node.className = value;
    } else if (name.startsWith('data-')) {
      node.setAttribute(name, value);
    } else {
      node[name] = value;
    }
  });
  children.flat().filter(child => child !== null && child !== undefined).forEach(child =>
    node.append(child instanceof Node ? child : document.createTextNode(String(child))));
  return node;
}

async function getJson(url) {
  const response = await fetch(url, {headers: {Accept: 'application/json'}});
  const body = await response.json().catch(() => ({}));
  if (!response.ok && response.status !== 404) {
    throw new Error(body.message || `${response.status} ${response.statusText}`);
  }
  return {status: response.status, body};
}

function localTime(iso) {
  return iso ? new Date(iso).toLocaleString() : '';
}

const ROLES = ['REVIEW', 'PROBLEMS', 'PLAN', 'HIGHLIGHTS', 'OTHER'];

/** Who is signed in, and a logout button whose form carries the session's CSRF token. */
async function showSignedIn() {
  const {body: session} = await getJson('/api/session');
  const scope = Array.isArray(session.departments) ? session.departments.join(', ') : '所有部门 all departments';
  const logout = el('form', {method: 'post', action: '/logout'},
    el('input', {type: 'hidden', name: '_csrf', value: session.csrfToken || ''}),
    el('button', {type: 'submit', id: 'logout'}, '退出 Sign out'));
  document.getElementById('who').replaceChildren(
    el('span', {id: 'who-name'}, `${session.name} (${session.role}: ${scope})`), logout);
}

document.addEventListener('DOMContentLoaded', () => showSignedIn().catch(() => {}));
