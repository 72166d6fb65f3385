'use strict';

const form = document.getElementById('search');
const hits = document.getElementById('hits');
const more = document.getElementById('more');
const status = document.getElementById('status');
let nextCursor = null;
let shown = 0;

/** The form's filled fields as query parameters (the cursor added for the next page). */
function parameters(after) {
  const params = new URLSearchParams();
  new FormData(form).forEach((value, name) => {
    if (String(value).trim() !== '') {
      params.set(name, String(value).trim());
    }
  });
  if (after) {
    params.set('after', after);
  }
  return params;
}

function excerpt(text, words) {
  const flat = text.replace(/\s+/g, ' ');
  const first = words.split(/\s+/).filter(Boolean)[0];
  const at = first ? flat.toLowerCase().indexOf(first.toLowerCase()) : -1;
  const start = Math.max(0, at - 60);
  return (start > 0 ? '…' : '') + flat.slice(start, start + 200) + (start + 200 < flat.length ? '…' : '');
}

function hitItem(h, words) {
  return el('li', {className: `section role-${h.role}`, 'data-delivery': h.deliveryId},
    el('div', {className: 'meta'},
      el('span', {className: 'role'}, h.role),
      el('span', {}, localTime(h.receivedAt)),
      el('span', {}, `→ ${h.routedTo}`),
      el('span', {}, `置信度 ${h.confidence}`),
      h.withdrawn ? el('span', {className: 'error'}, `已撤回 withdrawn · ${h.correctedBy || ''} ${h.correctionReason || ''}`) : null),
    el('h3', {}, `${h.sectionPath} ${h.heading}`),
    el('p', {className: 'report'}, `${h.issuer} (${h.issuerLevel}) · ${h.reportTitle} · ${h.office}`),
    el('p', {className: 'excerpt'}, excerpt(h.text, words)),
    el('a', {href: `/trace/${encodeURIComponent(h.submissionId)}`}, `轨迹 trace ${h.submissionId}`));
}

async function search(after) {
  const params = parameters(after);
  status.textContent = '检索中… Searching…';
  const {status: code, body} = await getJson(`/api/history/sections?${params}`);
  if (code !== 200) {
    status.textContent = body.message || `${code}`;
    return;
  }
  if (!after) {
    hits.replaceChildren();
    shown = 0;
  }
  body.sections.forEach(h => hits.append(hitItem(h, params.get('q') || '')));
  shown += body.sections.length;
  nextCursor = body.next;
  more.hidden = !nextCursor;
  status.textContent = shown === 0 ? '没有找到 No section matches.'
    : `已显示 ${shown} 条 ${shown} shown${nextCursor ? '' : ' · 全部 all'}`;
  const exportParams = parameters(null);
  document.getElementById('export-csv').href = `/api/history/export?format=csv&${exportParams}`;
  document.getElementById('export-json').href = `/api/history/export?format=json&${exportParams}`;
}

form.addEventListener('submit', event => {
  event.preventDefault();
  search(null).catch(e => { status.textContent = e.message; });
});
more.addEventListener('click', () => search(nextCursor).catch(e => { status.textContent = e.message; }));
document.addEventListener('DOMContentLoaded', () => search(null).catch(e => { status.textContent = e.message; }));
