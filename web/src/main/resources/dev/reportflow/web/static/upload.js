'use strict';

/** How often and how long the page asks what became of a submission (the streams app takes seconds). */
const POLL_EVERY_MS = 2000;
const POLL_FOR_MS = 5 * 60 * 1000;

const form = document.getElementById('upload');
const status = document.getElementById('status');
let csrfToken = '';

function details(pairs) {
  return pairs.flatMap(([term, value]) => [el('dt', {}, term), el('dd', {}, value)]);
}

function showReceipt(receipt) {
  const dl = document.getElementById('receipt-details');
  dl.replaceChildren(...details([
    [t('receipt.submissionId'), receipt.submissionId],
    [t('receipt.fileName'), receipt.fileName],
    [t('receipt.loggedAt'), localTime(receipt.loggedAt)],
    [t('receipt.where'), `${receipt.topic}[${receipt.partition}]@${receipt.offset}`],
    [t('receipt.contentHash'), receipt.contentHash]]));
  dl.dataset.submissionId = receipt.submissionId;
  document.getElementById('receipt').hidden = false;
}

/** Shows where the report went; true once the pipeline has decided (routed or rejected). */
function showOutcome(outcome) {
  document.getElementById('outcome').hidden = false;
  const line = document.getElementById('outcome-status');
  line.dataset.status = outcome.status;
  const departments = document.getElementById('outcome-departments');
  const rejections = document.getElementById('outcome-rejections');
  if (outcome.status === 'REJECTED') {
    line.textContent = t('outcome.rejected', outcome.rejections.map(r => r.reasonText).join('、'));
    departments.replaceChildren();
    rejections.replaceChildren(...outcome.rejections.map(r => el('p', {className: 'rejection', 'data-reason': r.reason}, r.message)));
    return true;
  }
  if (outcome.status !== 'CLASSIFIED') {
    line.textContent = t('outcome.pending');
    return false;
  }
  const parts = [t('outcome.reports', outcome.reports.length)];
  if (outcome.departments.length) {
    parts.push(t('outcome.routed'));
  }
  line.textContent = parts.join('；');
  departments.replaceChildren(...outcome.departments.map(d => el('li', {'data-department': d.code}, d.name)));
  rejections.replaceChildren(...(outcome.waitingForTriage ? [el('p', {id: 'outcome-triage'}, t('outcome.triage'))] : []));
  return true;
}

async function follow(submissionId) {
  const deadline = Date.now() + POLL_FOR_MS;
  while (Date.now() < deadline) {
    try {
      const {status: code, body} = await getJson(`/api/submissions/${encodeURIComponent(submissionId)}`);
      if (code === 200 && showOutcome(body)) {
        return;
      }
    } catch (error) {
      // A busy server (503) or a network hiccup: ask again at the next turn.
    }
    await new Promise(resolve => setTimeout(resolve, POLL_EVERY_MS));
  }
  document.getElementById('outcome-status').textContent = t('outcome.timeout');
}

form.addEventListener('submit', async event => {
  event.preventDefault();
  const file = document.getElementById('file').files[0];
  if (!file) {
    status.textContent = t('upload.chooseFile');
    return;
  }
  const body = new FormData();
  body.append('file', file, file.name);
  status.textContent = t('upload.sending');
  document.getElementById('send').disabled = true;
  document.getElementById('receipt').hidden = true;
  document.getElementById('outcome').hidden = true;
  try {
    const response = await fetch('/submissions', {method: 'POST', body, headers: {'X-CSRF-Token': csrfToken, Accept: 'application/json'}});
    const answer = await response.json().catch(() => ({}));
    if (!response.ok) {
      status.textContent = t('upload.refused', [answer.message, answer.detail].filter(Boolean).join(' '));
      status.dataset.error = answer.error || String(response.status);
      return;
    }
    status.textContent = '';
    delete status.dataset.error;
    showReceipt(answer);
    await follow(answer.submissionId);
  } catch (error) {
    status.textContent = t('upload.refused', error.message);
  } finally {
    document.getElementById('send').disabled = false;
  }
});

(async () => {
  await wordsReady;
  const session = await showSignedIn().catch(() => ({}));
  csrfToken = session.csrfToken || '';
  document.getElementById('office').textContent = session.office || '';
})();
