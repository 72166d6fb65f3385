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
    ['Office', s.office],
    ['File', s.fileName],
    ['Content', `${s.content.bytes} bytes · ${s.contentType} · ${s.detectedEncoding}`],
    ['Accepted by the client', localTime(s.receivedAt)],
    ['Stored by Kafka', `${localTime(received.loggedAt)} at ${received.at}`],
    ['Content hash', s.contentHash]]));
  show('received');
}

function renderReports(reports) {
  document.getElementById('report-list').replaceChildren(...reports.map(r => el('article', {className: 'report-card'},
    el('h3', {}, `#${r.reportIndex} ${r.title}`),
    el('p', {}, `${r.issuer.name} (${r.issuer.level}) → ${r.issuer.department} · ${r.kind} · ${r.years.join(', ')}`),
    el('ol', {}, r.outline.map(section => el('li', {},
      `${section.heading} — ${section.role}`,
      section.departments.length ? ` → ${section.departments.map(d => d.department).join(', ')}` : ''))))));
  show('reports');
}

/** Who changed where the reports went, oldest first: 更正 (corrections). */
function renderCorrections(corrections) {
  const changes = c => [...c.departmentsAdded.map(d => `+${d}`), ...c.departmentsRemoved.map(d => `-${d}`)].join(' ');
  document.getElementById('report-list').append(el('article', {className: 'report-card'},
    el('h3', {}, '更正 Corrections (oldest first)'),
    el('ol', {id: 'correction-list'}, corrections.map(c => el('li', {'data-correction-id': c.correctionId},
      `${localTime(c.at)} · ${c.by} · ${c.unitId || c.reportId} ${changes(c)}`,
      c.previousCorrectionId ? ` · 更正 corrects ${c.previousCorrectionId}` : '',
      ` · 理由 why: ${c.reason}`, el('span', {className: 'where'}, ` (${c.correctionId})`))))));
}

function renderDeliveries(deliveries) {
  document.getElementById('delivery-rows').replaceChildren(...deliveries.map(d => el('tr',
    {'data-department': d.department, 'data-status': d.status},
    el('td', {}, d.department), el('td', {}, d.reportId.split('#').pop()), el('td', {}, d.sectionPath),
    el('td', {}, d.heading), el('td', {}, d.role),
    el('td', {}, d.routingReason, d.status === 'withdrawn' ? ` · 已撤回 withdrawn by ${d.correction.by}: ${d.correction.reason}` : ''),
    el('td', {className: 'where'}, d.at))));
  show('deliveries');
}

function renderRejections(rejections) {
  document.getElementById('rejection-list').replaceChildren(...rejections.map(r => el('article', {className: 'rejection'},
    el('h3', {}, r.reason), el('p', {}, r.message),
    r.duplicateOf ? el('p', {}, 'First sent as ', el('a', {href: `/trace/${r.duplicateOf.submissionId}`}, r.duplicateOf.submissionId)) : null,
    el('p', {className: 'where'}, `${localTime(r.rejectedAt)} at ${r.at}`))));
  show('rejections');
}

(async () => {
  document.title = `reportflow · trace ${submissionId}`;
  try {
    const {status: code, body: trace} = await getJson(`/api/trace/${encodeURIComponent(submissionId)}`);
    if (code === 404) {
      status.textContent = `Nothing on the topics names ${submissionId}.`;
      return;
    }
    status.textContent = `${trace.submissionId}: ${trace.status}`;
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
    status.textContent = `Cannot trace ${submissionId}: ${error.message}`;
  }
})();
