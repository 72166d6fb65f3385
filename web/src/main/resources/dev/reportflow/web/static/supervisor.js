'use strict';

const form = document.getElementById('filters');
const status = document.getElementById('status');

function filterParameters() {
  const parameters = new URLSearchParams();
  ['department', 'role', 'office', 'level', 'since', 'until'].forEach(name => {
    const value = document.getElementById(name).value.trim();
    if (value) {
      parameters.set(name, value);
    }
  });
  return parameters;
}

async function loadDepartments() {
  const {body: departments} = await getJson('/api/departments');
  const select = document.getElementById('department');
  const selected = select.value;
  departments.forEach(d => { DEPARTMENT_NAMES[d.code] = d.name; });
  select.replaceChildren(el('option', {value: ''}, t('filter.allDepartments')));
  departments
    .sort((a, b) => b.sections - a.sections || a.code.localeCompare(b.code))
    .forEach(d => select.append(el('option', {value: d.code}, `${d.name}（${d.sections}）`)));
  select.value = selected;
}

async function loadCounts() {
  const {body: counts} = await getJson('/api/counts');
  const rows = Object.entries(counts.routed)
    .map(([department, roles]) => ({department, roles, total: ROLES.reduce((sum, r) => sum + (roles[r] || 0), 0)}))
    .filter(row => row.total > 0)
    .sort((a, b) => b.total - a.total);
  const widest = Math.max(1, ...rows.map(row => row.total));
  document.getElementById('legend').replaceChildren(
    ...ROLES.map(role => el('span', {className: `key role-${role}`}, t('role.' + role))));
  document.getElementById('chart').replaceChildren(...rows.map(row => {
    const bar = el('div', {className: 'bar'});
    ROLES.filter(role => row.roles[role] > 0).forEach(role => {
      const segment = el('span', {className: `segment role-${role}`, title: `${t('role.' + role)}：${row.roles[role]}`,
        'data-role': role, 'data-count': row.roles[role]});
      segment.style.width = `${100 * row.roles[role] / widest}%`;
      bar.append(segment);
    });
    const line = el('button', {type: 'button', className: 'bar-row', 'data-department': row.department,
      title: t('chart.show', departmentName(row.department))}, el('span', {className: 'bar-label'}, departmentName(row.department)), bar,
      el('span', {className: 'bar-total'}, row.total));
    line.addEventListener('click', () => {
      document.getElementById('department').value = row.department;
      loadSections();
    });
    return line;
  }));
  const rejected = Object.entries(counts.rejected).map(([reason, n]) => `${t('rejection.' + reason)} ${n}`).join(' · ');
  document.getElementById('rejected').textContent = rejected ? t('list.rejected', rejected) : '';
}

/** Who changed a delivery, when and why: 撤回 (withdrawn) or 改派 (sent here by a correction). */
function correctionNote(label, c) {
  return el('p', {className: 'correction'}, `${label}：${c.by} · ${localTime(c.at)} · ${c.reason}`,
    el('span', {className: 'where'}, ` (${c.correctionId})`));
}

/** A withdrawn delivery is no longer the department's: a notice in place of the section, without its text. */
function renderWithdrawn(s) {
  return el('li', {className: 'section withdrawn', 'data-delivery-id': s.deliveryId, 'data-department': s.department,
      'data-status': 'withdrawn'},
    el('div', {className: 'meta'},
      el('span', {className: 'badge-withdrawn'}, t('list.withdrawn')),
      el('span', {className: 'department'}, departmentName(s.department)),
      el('span', {className: 'issuer'}, `${s.issuer.name}（${t('level.' + s.issuer.level)}）`)),
    el('h3', {className: 'heading'}, s.heading),
    el('div', {className: 'report'}, s.reportTitle),
    correctionNote(t('list.withdrawnBy'), s.withdrawn),
    el('a', {className: 'trace', href: s.trace}, t('list.trace')));
}

function renderSection(s) {
  if (s.status === 'withdrawn') {
    return renderWithdrawn(s);
  }
  const evidence = s.departments.map(d =>
    el('li', {}, el('strong', {}, departmentName(d.department)), d.words ? `：${d.words}` : '', `（${d.rule}）`));
  return el('li', {className: 'section', 'data-delivery-id': s.deliveryId, 'data-department': s.department,
      'data-role': s.role, 'data-status': 'delivered'},
    el('div', {className: 'meta'},
      el('span', {className: `role role-${s.role}`}, t('role.' + s.role)),
      el('span', {className: 'department'}, departmentName(s.department)),
      el('span', {className: 'issuer'}, `${s.issuer.name}（${t('level.' + s.issuer.level)}）`),
      el('span', {className: 'office'}, s.office),
      el('time', {dateTime: s.receivedAt}, localTime(s.receivedAt))),
    el('h3', {className: 'heading'}, s.heading),
    el('div', {className: 'report'}, s.reportTitle, s.topLevelHeading !== s.heading ? ` › ${s.topLevelHeading}` : ''),
    el('ul', {className: 'evidence'}, evidence),
    s.corrected ? correctionNote(t('list.correctedBy'), s.corrected) : null,
    el('p', {className: 'excerpt'}, s.excerpt),
    el('a', {className: 'trace', href: s.trace}, t('list.trace')));
}

async function loadSections() {
  const parameters = filterParameters();
  const {body: sections} = await getJson(`/api/sections?${parameters}`);
  const department = parameters.get('department');
  document.getElementById('list-title').textContent = department
    ? t('list.titleFor', departmentName(department), sections.length) : t('list.title', sections.length);
  document.getElementById('sections').replaceChildren(...sections.map(renderSection));
  status.textContent = sections.length ? t('list.showing', sections.length) : t('list.noMatch');
  history.replaceState(null, '', parameters.toString() ? `?${parameters}` : '/');
}

async function refresh() {
  try {
    await Promise.all([loadDepartments(), loadCounts()]);
    await loadSections();
  } catch (error) {
    status.textContent = t('cannotLoad', error.message);
  }
}

function restoreFilters() {
  new URLSearchParams(location.search).forEach((value, name) => {
    const field = document.getElementById(name);
    if (field && name !== 'lang') {
      field.value = value;
    }
  });
}

form.addEventListener('submit', event => {
  event.preventDefault();
  loadSections().catch(error => status.textContent = t('cannotLoad', error.message));
});
['department', 'role', 'level', 'since', 'until'].forEach(name =>
  document.getElementById(name).addEventListener('change', () =>
    loadSections().catch(error => status.textContent = t('cannotLoad', error.message))));
document.getElementById('refresh').addEventListener('click', refresh);

(async () => {
  await wordsReady;
  await loadDepartments().catch(() => {});
  showSignedIn().catch(() => {});
  restoreFilters();
  await refresh();
})();
