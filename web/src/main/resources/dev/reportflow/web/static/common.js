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

/** The bundle of the page's language (Simplified Chinese unless English was chosen), from the server. */
let MESSAGES = {};
let LANG = 'zh-CN';

/** The bundle's sentence for a key, with {0}, {1}… filled in; the key itself if the bundle lacks it. */
function t(key, ...values) {
  let text = Object.prototype.hasOwnProperty.call(MESSAGES, key) ? MESSAGES[key] : key;
  values.forEach((value, i) => { text = text.split(`{${i}}`).join(String(value)); });
  return text;
}

/** Fills every element marked data-i18n (text), data-i18n-placeholder and data-i18n-title. */
function translatePage() {
  document.documentElement.lang = LANG;
  document.querySelectorAll('[data-i18n]').forEach(node => { node.textContent = t(node.dataset.i18n); });
  document.querySelectorAll('[data-i18n-placeholder]').forEach(node => { node.placeholder = t(node.dataset.i18nPlaceholder); });
  document.querySelectorAll('[data-i18n-title]').forEach(node => { document.title = `${t(node.dataset.i18nTitle)} · reportflow`; });
}

/** Resolves once the words are loaded and the page translated; every page script waits for it. */
const wordsReady = fetch('/i18n/messages.json', {headers: {Accept: 'application/json'}})
  .then(response => response.json())
  .then(body => { MESSAGES = body.messages; LANG = body.lang; })
  .catch(() => {})
  .then(() => new Promise(resolve => {
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', resolve);
    } else {
      resolve();
    }
  }))
  .then(translatePage);

async function getJson(url) {
  const response = await fetch(url, {headers: {Accept: 'application/json'}});
  const body = await response.json().catch(() => ({}));
  if (!response.ok && response.status !== 404) {
    throw new Error(body.message || `${response.status} ${response.statusText}`);
  }
  return {status: response.status, body};
}

/** A moment as people write it in the page's language: 2024年3月10日 10:00 in Chinese. */
function localTime(iso) {
  if (!iso) {
    return '';
  }
  return new Intl.DateTimeFormat(LANG, {year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit',
    hour12: false}).format(new Date(iso));
}

const ROLES = ['REVIEW', 'PROBLEMS', 'PLAN', 'HIGHLIGHTS', 'OTHER'];

/** Department codes to the names people read, from /api/departments (filled by the pages that read it). */
const DEPARTMENT_NAMES = {};

function departmentName(code) {
  return DEPARTMENT_NAMES[code] || code;
}

/** The language chooser: the server remembers a ?lang= choice, so the page reloads with it. */
function languageChooser() {
  const select = el('select', {id: 'lang', title: t('lang.choose')},
    el('option', {value: 'zh-CN', lang: 'zh-CN'}, '中文'), el('option', {value: 'en', lang: 'en'}, 'English'));
  select.value = LANG;
  select.setAttribute('aria-label', t('lang.choose'));
  select.addEventListener('change', () => {
    const url = new URL(location.href);
    url.searchParams.set('lang', select.value);
    location.assign(url.toString());
  });
  return select;
}

/** Who is signed in, the language chooser, and a logout button whose form carries the session's CSRF token. */
async function showSignedIn() {
  await wordsReady;
  const {body: session} = await getJson('/api/session');
  const scope = Array.isArray(session.departments) ? session.departments.map(departmentName).join('、')
    : session.office || t('who.allDepartments');
  const logout = el('form', {method: 'post', action: '/logout'},
    el('input', {type: 'hidden', name: '_csrf', value: session.csrfToken || ''}),
    el('button', {type: 'submit', id: 'logout'}, t('signOut')));
  document.getElementById('who').replaceChildren(languageChooser(),
    el('span', {id: 'who-name'}, `${session.name}（${t('who.role.' + session.role)}：${scope}）`), logout);
  return session;
}
