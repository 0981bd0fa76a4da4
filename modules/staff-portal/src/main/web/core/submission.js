// One Idempotency-Key per user submission.
//
// A submission is what the clerk sends: the command body. Its key is kept while its outcome is
// unknown (5xx, network error, time-out), so sending the same body again — automatically or by
// pressing the button again — cannot record the 異動 twice. After a definite answer (success or a
// refusal such as 400/409/422) the key is spent: the next send is a new submission with a new key,
// and so is any send with a different body.

/** JSON with object keys in a fixed order, so equal bodies compare equal however they were built. */
export function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().filter((k) => value[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

function randomKey() {
  return globalThis.crypto.randomUUID();
}

/** @param {{ newKey?: () => string }} [options] newKey is replaceable for tests */
export function createSubmission({ newKey = randomKey } = {}) {
  let pending = null; // { body: canonical JSON, key }
  return {
    /** The key to send `body` with: the pending key if this is the same submission, else a new one. */
    keyFor(body) {
      const canonical = canonicalJson(body);
      if (!pending || pending.body !== canonical) pending = { body: canonical, key: newKey() };
      return pending.key;
    },
    /** Records the outcome of a send: the key survives only an indeterminate error. */
    settle(error) {
      if (!error || !error.indeterminate) pending = null;
    },
    /** Forgets the pending key (the form was cleared or rebuilt). */
    reset() {
      pending = null;
    },
    /** The key of a submission whose outcome is still unknown, or null. */
    get pendingKey() {
      return pending ? pending.key : null;
    },
  };
}
