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
    el('td', {}, unit.heading, unit.topLevelHeading !== unit.heading ? el('div', {className: 'where'}, unit.topLevelHeading) : null),
    el('td', {}, el('span', {className: `role role-${unit.role}`}, unit.role)),
    el('td', {className: 'evidence'}, unit.departments.length
      ? unit.departments.map(d => el('div', {}, el('strong', {}, departmentLabel(d.department)), ' ', evidenceText(d.evidence)))
      : '—'),
    el('td', {className: 'guess'}, unit.bestGuess.length ? unit.bestGuess.map(departmentLabel).join('、') : '无建议 no guess'),
    el('td', {className: 'split-to'}, departmentChooser('unit-departments', unit.bestGuess))));
  return el('table', {className: 'units'},
    el('thead', {}, el('tr', {},
      ['节 §', '标题 Heading', '角色 Role', '依据 Evidence', '分类器建议 Best guess', '拆分至 Split to'].map(h => el('th', {}, h)))),
    el('tbody', {}, rows));
}

function actionForm(report, index) {
  const noGuess = report.units.some(unit => unit.bestGuess.length === 0);
  const choice = (value, label, checked, disabled) => el('label', {className: 'choice'},
    el('input', {type: 'radio', name: `action-${index}`, value, checked, disabled}), label);
  const form = el('form', {className: 'action'},
    el('fieldset', {},
      el('legend', {}, '操作 Action'),
      choice('confirm', '确认：按分类器建议分配 Confirm the best guesses', !noGuess, noGuess),
      choice('reassign', '改派：全部单元分配给所选部门 Reassign every unit', noGuess, false),
      choice('split', '拆分：每个单元分别选择部门 Split, unit by unit', false, false)),
    el('label', {className: 'reassign-to'}, '改派至 Send to', departmentChooser('report-departments', [])),
    el('label', {}, '理由（必填） Reason (required)',
      el('textarea', {className: 'reason', required: true, rows: 2, placeholder: '例如：系县财政局报告，标题未写单位'})),
    el('button', {type: 'submit', className: 'submit'}, '提交 Submit'),
    el('p', {className: 'result', role: 'status'}));
  form.addEventListener('submit', event => {
    event.preventDefault();
    submit(report, form).catch(error => showResult(form, `未能提交 Not sent: ${error.message}`, false));
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
  showResult(form, '提交中… Sending…', null);
  const response = await fetch('/api/triage/corrections', {method: 'POST', body: JSON.stringify(payload),
    headers: {'Content-Type': 'application/json', Accept: 'application/json', 'X-CSRF-Token': csrfToken}});
  const body = await response.json().catch(() => ({}));
  form.querySelector('.submit').disabled = false;
  if (!body.results) {
    showResult(form, body.message || `${response.status} ${response.statusText}`, false);
    return;
  }
  const lines = body.results.map(r => `§${r.unitId.split('/').pop()} → ${r.departments.map(departmentLabel).join('、')}：${r.message}`);
  showResult(form, `${body.applied ? '已改派 Routed' : '未全部生效 Not all applied'}。 ${lines.join(' ')}`, body.applied);
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
    el('h2', {className: 'title'}, report.title || '（无标题 untitled）'),
    el('dl', {},
      el('dt', {}, '报告 Report'), el('dd', {className: 'where'}, report.reportId),
      el('dt', {}, '报送单位 Office'), el('dd', {className: 'office'}, report.office),
      el('dt', {}, '收到 Received'), el('dd', {}, el('time', {dateTime: report.receivedAt}, localTime(report.receivedAt))),
      el('dt', {}, '文件 File'), el('dd', {}, report.fileName || '—'),
      el('dt', {}, '置信度 Confidence'), el('dd', {className: 'confidence'},
        report.confidence === null ? '—' : report.confidence.toFixed(2),
        report.confidenceEvidence ? `（${evidenceText(report.confidenceEvidence)}）` : ''),
      el('dt', {}, '原因 Why here'), el('dd', {className: 'why'}, report.triageReason || '—'),
      el('dt', {}, '发文机关 Issuer'), el('dd', {className: 'issuer'},
        `${issuer.name || '（未识别 none）'} · ${issuer.level} → ${departmentLabel(issuer.department)}`,
        issuer.evidence ? `（${evidenceText(issuer.evidence)}）` : '')),
    unitsTable(report),
    actionForm(report, index));
}

async function load() {
  status.textContent = '加载中… Loading…';
  const [{body: departments}, {body: queue}, {body: session}] =
    await Promise.all([getJson('/api/departments'), getJson('/api/triage'), getJson('/api/session')]);
  departments.forEach(d => departmentNames.set(d.code, d.name));
  csrfToken = session.csrfToken || '';
  document.getElementById('queue').replaceChildren(...queue.reports.map(renderReport));
  status.textContent = queue.waiting === 0 ? '没有待分拣的报告。 Nothing waits for triage.'
    : `待分拣 ${queue.waiting} 份报告，按收到时间先后排列。 ${queue.waiting} report(s) wait, oldest first`
      + (queue.reports.length < queue.waiting ? `; the first ${queue.reports.length} shown.` : '.');
}

document.getElementById('refresh').addEventListener('click', () =>
  load().catch(error => status.textContent = `无法加载 Cannot load: ${error.message}`));
load().catch(error => status.textContent = `无法加载 Cannot load: ${error.message}`);
