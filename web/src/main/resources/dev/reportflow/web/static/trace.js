'use strict';

const submissionId = decodeURIComponent(location.pathname.split('/').pop());
const status = document.getElementById('status');

function show(id) {
  document.getElementById(id).hidden = false;
}

function details(pairs) {
  return pairs.filter(([, value]) => value !== null && value !== undefined && value !== '')
    .flatMap(([term, value]) => [el('dt', {}, term), el('dd', {}, value)]);
}

function renderReceived(received) {
  const s = received.submission;
  document.getElementById('received-details').replaceChildren(...details([
    [t('trace.office'), s.office],
    [t('trace.file'), s.fileName],
    [t('trace.content'), t('trace.contentValue', s.content.bytes, s.contentType, s.detectedEncoding)],
    [t('trace.acceptedByClient'), localTime(s.receivedAt)],
    [t('trace.storedByKafka'), t('trace.storedAt', localTime(received.loggedAt), received.at)],
    [t('trace.contentHash'), s.contentHash]]));
  show('received');
}

function renderReports(reports) {
  document.getElementById('report-list').replaceChildren(...reports.map(r => el('article', {className: 'report-card'},
    el('h3', {}, `#${r.reportIndex} ${r.title}`),
    el('p', {}, `${r.issuer.name}（${t('level.' + r.issuer.level)}）→ ${departmentName(r.issuer.department)} · ${r.kind} · ${r.years.join('、')}`),
    el('ol', {}, r.outline.map(section => el('li', {},
      `${section.heading} — ${t('role.' + section.role)}`,
      section.departments.length ? ` → ${section.departments.map(d => departmentName(d.department)).join('、')}` : ''))))));
  show('reports');
}

/** Who changed where the reports went, oldest first: 更正 (corrections). */
function renderCorrections(corrections) {
  const changes = c => [...c.departmentsAdded.map(d => `+${d}`), ...c.departmentsRemoved.map(d => `-${d}`)].join(' ');
  document.getElementById('report-list').append(el('article', {className: 'report-card'},
    el('h3', {}, t('trace.corrections')),
    el('ol', {id: 'correction-list'}, corrections.map(c => el('li', {'data-correction-id': c.correctionId},
      `${localTime(c.at)} · ${c.by} · ${c.unitId || c.reportId} ${changes(c)}`,
      c.previousCorrectionId ? ` · ${t('trace.corrects', c.previousCorrectionId)}` : '',
      ` · ${t('trace.why', c.reason)}`, el('span', {className: 'where'}, ` (${c.correctionId})`))))));
}

/** Why a copy waits for triage: its confidence and the words behind it, then the pipeline's own sentence. */
function waitsBecause(d) {
  const words = d.confidenceEvidence ? d.confidenceEvidence.terms.map(w => w.term).join('、') : '';
  return `${t('trace.waitsBecause', d.confidence.toFixed(2), words || '—')}（${d.triageReason}）`;
}

function renderDeliveries(deliveries) {
  document.getElementById('delivery-rows').replaceChildren(...deliveries.map(d => el('tr',
    {'data-department': d.department, 'data-status': d.status},
    el('td', {}, departmentName(d.department)), el('td', {}, d.reportId.split('#').pop()), el('td', {}, d.sectionPath),
    el('td', {}, d.heading), el('td', {}, t('role.' + d.role)),
    el('td', {}, t('routing.' + d.routingReason), d.status === 'withdrawn' ? ` · ${t('trace.withdrawnBy', d.correction.by, d.correction.reason)}` : '',
      d.triageReason && d.status !== 'withdrawn' ? el('div', {className: 'why'}, waitsBecause(d)) : null),
    el('td', {className: 'where'}, d.at))));
  show('deliveries');
}

function renderRejections(rejections) {
  document.getElementById('rejection-list').replaceChildren(...rejections.map(r => el('article', {className: 'rejection'},
    el('h3', {}, `${t('rejection.' + r.reason)}（${r.reason}）`), el('p', {}, r.message),
    r.duplicateOf ? el('p', {}, `${t('trace.firstSentAs')} `, el('a', {href: `/trace/${r.duplicateOf.submissionId}`}, r.duplicateOf.submissionId)) : null,
    el('p', {className: 'where'}, t('trace.storedAt', localTime(r.rejectedAt), r.at)))));
  show('rejections');
}

(async () => {
  await wordsReady;
  document.title = `${t('trace.title')} ${submissionId} · reportflow`;
  try {
    const {body: departments} = await getJson('/api/departments');
    departments.forEach(d => { DEPARTMENT_NAMES[d.code] = d.name; });
  } catch (error) {
    // Names are a nicety: without them the page shows the codes.
  }
  showSignedIn().catch(() => {});
  try {
    const {status: code, body: trace} = await getJson(`/api/trace/${encodeURIComponent(submissionId)}`);
    if (code === 404) {
      status.textContent = t('trace.nothing', submissionId);
      return;
    }
    status.textContent = t('trace.status', trace.submissionId, t('status.' + trace.status));
    status.dataset.status = trace.status;
    if (trace.received) {
      renderReceived(trace.received);
    }
    if (trace.reports.length) {
      renderReports(trace.reports);
    }
    if (trace.corrections.length) {
      renderCorrections(trace.corrections);
    }
    if (trace.deliveries.length) {
      renderDeliveries(trace.deliveries);
    }
    if (trace.rejections.length) {
      renderRejections(trace.rejections);
    }
  } catch (error) {
    status.textContent = t('trace.cannot', submissionId, error.message);
  }
})();
