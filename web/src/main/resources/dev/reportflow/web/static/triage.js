'use strict';

/** Department names by code, from /api/departments (the classifier's departments.json). */
const departmentNames = new Map();
let csrfToken = '';
const status = document.getElementById('status');

function departmentLabel(code) {
  const name = departmentNames.get(code);
  return name && name !== code ? `${name}（${code}）` : code;
}

function evidenceText(evidence) {
  if (!evidence) {
    return '';
  }
  const words = (evidence.terms || []).map(t => t.count > 1 ? `${t.term}×${t.count}` : t.term).join('、');
  return `${evidence.rule}${words ? '：' + words : ''}${evidence.detail ? '；' + evidence.detail : ''}`;
}

/** A list of every department but unassigned, Chinese names first; several may be chosen. */
function departmentChooser(className, chosen) {
  const select = el('select', {multiple: true, className, size: 6});
  [...departmentNames.keys()].filter(code => code !== 'unassigned')
    .sort((a, b) => departmentLabel(a).localeCompare(departmentLabel(b), 'zh-CN'))
    .forEach(code => select.append(el('option', {value: code, selected: chosen.includes(code)}, departmentLabel(code))));
  return select;
}

function chosen(select) {
  return [...select.selectedOptions].map(option => option.value);
}

function unitsTable(report) {
  const rows = report.units.map(unit => el('tr', {'data-unit-id': unit.unitId},
    el('td', {}, `§${unit.sectionPath}`),
    el('td', {}, unit.heading, unit.topLevelHeading !== unit.heading ? el('div', {className: 'where'}, unit.topLevelHeading) : null,
      unit.routingReason === 'low-unit-confidence' ? el('div', {className: 'why unit-why'},
        `${t('routing.low-unit-confidence')}：${t('triage.confidence')} ${unit.confidence.toFixed(2)}`,
        unit.confidenceEvidence ? `（${evidenceText(unit.confidenceEvidence)}）` : '') : null),
    el('td', {}, el('span', {className: `role role-${unit.role}`}, t('role.' + unit.role))),
    el('td', {className: 'evidence'}, unit.departments.length
      ? unit.departments.map(d => el('div', {}, el('strong', {}, departmentLabel(d.department)), ' ', evidenceText(d.evidence)))
      : '—'),
    el('td', {className: 'guess'}, unit.bestGuess.length ? unit.bestGuess.map(departmentLabel).join('、') : t('triage.noGuess')),
    el('td', {className: 'split-to'}, departmentChooser('unit-departments', unit.bestGuess))));
  return el('table', {className: 'units'},
    el('thead', {}, el('tr', {},
      ['section', 'heading', 'role', 'evidence', 'guess', 'splitTo'].map(h => el('th', {}, t('triage.col.' + h))))),
    el('tbody', {}, rows));
}

function actionForm(report, index) {
  const noGuess = report.units.some(unit => unit.bestGuess.length === 0);
  const choice = (value, label, checked, disabled) => el('label', {className: 'choice'},
    el('input', {type: 'radio', name: `action-${index}`, value, checked, disabled}), label);
  const form = el('form', {className: 'action'},
    el('fieldset', {},
      el('legend', {}, t('triage.action')),
      choice('confirm', t('triage.confirm'), !noGuess, noGuess),
      choice('reassign', t('triage.reassign'), noGuess, false),
      choice('split', t('triage.split'), false, false)),
    el('label', {className: 'reassign-to'}, t('triage.sendTo'), departmentChooser('report-departments', [])),
    el('label', {}, t('triage.reason'),
      el('textarea', {className: 'reason', required: true, rows: 2, placeholder: t('triage.reasonExample')})),
    el('button', {type: 'submit', className: 'submit'}, t('triage.submit')),
    el('p', {className: 'result', role: 'status'}));
  form.addEventListener('submit', event => {
    event.preventDefault();
    submit(report, form).catch(error => showResult(form, t('triage.notSent', error.message), false));
  });
  return form;
}

async function submit(report, form) {
  const action = form.querySelector('input[type=radio]:checked').value;
  const payload = {reportId: report.reportId, action, reason: form.querySelector('.reason').value};
  if (action === 'reassign') {
    payload.departments = chosen(form.querySelector('.report-departments'));
  } else if (action === 'split') {
    payload.units = Object.fromEntries([...form.closest('.pending').querySelectorAll('tr[data-unit-id]')]
      .map(row => [row.dataset.unitId, chosen(row.querySelector('.unit-departments'))]));
  }
  form.querySelector('.submit').disabled = true;
  showResult(form, t('triage.sending'), null);
  const response = await fetch('/api/triage/corrections', {method: 'POST', body: JSON.stringify(payload),
    headers: {'Content-Type': 'application/json', Accept: 'application/json', 'X-CSRF-Token': csrfToken}});
  const body = await response.json().catch(() => ({}));
  form.querySelector('.submit').disabled = false;
  if (!body.results) {
    showResult(form, body.message || `${response.status} ${response.statusText}`, false);
    return;
  }
  const lines = body.results.map(r => `§${r.unitId.split('/').pop()} → ${r.departments.map(departmentLabel).join('、')}：${r.message}`);
  showResult(form, t(body.applied ? 'triage.routed' : 'triage.notAllApplied', lines.join(' ')), body.applied);
  if (body.applied) {
    form.closest('.pending').dataset.state = 'done';
  }
}

function showResult(form, text, ok) {
  const result = form.querySelector('.result');
  result.textContent = text;
  result.className = `result${ok === false ? ' error' : ''}`;
}

function renderReport(report, index) {
  const issuer = report.issuer;
  return el('li', {className: 'pending', 'data-report-id': report.reportId},
    el('h2', {className: 'title'}, report.title || t('triage.untitled')),
    el('dl', {},
      el('dt', {}, t('triage.report')), el('dd', {className: 'where'}, report.reportId),
      el('dt', {}, t('triage.office')), el('dd', {className: 'office'}, report.office),
      el('dt', {}, t('triage.received')), el('dd', {}, el('time', {dateTime: report.receivedAt}, localTime(report.receivedAt))),
      el('dt', {}, t('triage.file')), el('dd', {}, report.fileName || '—'),
      el('dt', {}, t('triage.confidence')), el('dd', {className: 'confidence'},
        report.confidence === null ? '—' : report.confidence.toFixed(2),
        report.confidenceEvidence ? `（${evidenceText(report.confidenceEvidence)}）` : ''),
      el('dt', {}, t('triage.why')), el('dd', {className: 'why'}, report.triageReason
        || (report.units.some(unit => unit.routingReason === 'low-unit-confidence') ? t('triage.unitsWait') : '—')),
      el('dt', {}, t('triage.issuer')), el('dd', {className: 'issuer'},
        `${issuer.name || t('triage.noIssuer')} · ${t('level.' + issuer.level)} → ${departmentLabel(issuer.department)}`,
        issuer.evidence ? `（${evidenceText(issuer.evidence)}）` : '')),
    unitsTable(report),
    actionForm(report, index));
}

async function load() {
  status.textContent = t('triage.loading');
  const [{body: departments}, {body: queue}, {body: session}] =
    await Promise.all([getJson('/api/departments'), getJson('/api/triage'), getJson('/api/session')]);
  departments.forEach(d => departmentNames.set(d.code, d.name));
  csrfToken = session.csrfToken || '';
  document.getElementById('queue').replaceChildren(...queue.reports.map(renderReport));
  status.textContent = queue.waiting === 0 ? t('triage.nothingWaits')
    : t('triage.waiting', queue.waiting) + (queue.reports.length < queue.waiting ? ' ' + t('triage.firstShown', queue.reports.length) : '');
}

const showLoadError = error => { status.textContent = t('triage.cannotLoad', error.message); };
document.getElementById('refresh').addEventListener('click', () => load().catch(showLoadError));
(async () => {
  await wordsReady;
  showSignedIn().catch(() => {});
  await load();
})().catch(showLoadError);
