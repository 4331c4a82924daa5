// Mandate: the record page remembers, in this browser, the last checkpoint it showed, and checks that
// the next one extends it: it fetches the RFC 9162 consistency proof between the two tree sizes from
// this server and verifies it here (section 2.1.4.2, SHA-256 by WebCrypto). A log that was rewritten
// cannot produce such a proof, so a failure is shown as a warning and the old checkpoint is kept.
(function () {
  "use strict";
  // A page that needs this script names it in its body; a boosted page load may run it again, and
  // the listener below already enhances every page htmx swaps in.
  if (window.mandateCheckpoint) { return; }
  window.mandateCheckpoint = true;
  function bytes(b64) {
    var s = atob(b64), out = new Uint8Array(s.length);
    for (var i = 0; i < s.length; i++) { out[i] = s.charCodeAt(i); }
    return out;
  }
  function same(a, b) {
    if (a.length !== b.length) { return false; }
    for (var i = 0; i < a.length; i++) { if (a[i] !== b[i]) { return false; } }
    return true;
  }
  function node(left, right) {
    var m = new Uint8Array(1 + left.length + right.length);
    m[0] = 1;
    m.set(left, 1);
    m.set(right, 1 + left.length);
    return crypto.subtle.digest("SHA-256", m).then(function (d) { return new Uint8Array(d); });
  }
  // Sizes are ordinary numbers, halved by division: bit operators would cut them to 32 bits.
  function odd(n) { return n % 2 === 1; }
  function half(n) { return Math.floor(n / 2); }
  function isPowerOfTwo(n) { while (n > 1 && !odd(n)) { n = half(n); } return n === 1; }

  /** RFC 9162, 2.1.4.2: does the proof show the tree of size {second} extends the tree of size {first}? */
  async function consistent(first, second, firstRoot, secondRoot, proof) {
    if (first === second) { return proof.length === 0 && same(firstRoot, secondRoot); }
    if (first < 1 || first > second || proof.length === 0) { return false; }
    if (isPowerOfTwo(first)) { proof = [firstRoot].concat(proof); }
    var fn = first - 1, sn = second - 1;
    while (odd(fn)) { fn = half(fn); sn = half(sn); }
    var fr = proof[0], sr = proof[0];
    for (var i = 1; i < proof.length; i++) {
      var c = proof[i];
      if (sn === 0) { return false; }
      if (odd(fn) || fn === sn) {
        fr = await node(c, fr);
        sr = await node(c, sr);
        if (!odd(fn)) {
          while (!odd(fn) && fn !== 0) { fn = half(fn); sn = half(sn); }
        }
      } else {
        sr = await node(sr, c);
      }
      fn = half(fn);
      sn = half(sn);
    }
    return sn === 0 && same(fr, firstRoot) && same(sr, secondRoot);
  }

  function check(root) {
    var box = root.querySelector ? root.querySelector("[data-checkpoint]:not([data-checked])") : null;
    if (!box || !window.crypto || !crypto.subtle || !window.localStorage) { return; }
    box.setAttribute("data-checked", "");
    var t = box.dataset, status = box.querySelector("[data-status]");
    var now = { size: Number(t.size), root: t.root };
    var key = "mandate.checkpoint." + t.origin;
    function say(kind, text) {
      status.className = kind === "bad" ? "refusal" : "notice";
      if (kind === "bad") { status.setAttribute("role", "alert"); }
      status.textContent = text;
    }
    function fill(text, seen) {
      return text.replace("{0}", String(seen.size)).replace("{1}", String(now.size));
    }
    function keep() { localStorage.setItem(key, JSON.stringify(now)); }
    var seen = null;
    try { seen = JSON.parse(localStorage.getItem(key)); } catch (e) { seen = null; }
    if (!seen || typeof seen.size !== "number" || typeof seen.root !== "string") {
      keep();
      say("ok", fill(t.first, now));
      return;
    }
    if (seen.size === now.size) {
      if (seen.root === now.root) { say("ok", fill(t.same, seen)); } else { say("bad", fill(t.forked, seen)); }
      return;
    }
    if (seen.size > now.size) {
      say("bad", fill(t.shorter, seen));
      return;
    }
    fetch("/record/consistency?from=" + seen.size + "&to=" + now.size, { credentials: "same-origin" })
      .then(function (r) {
        if (r.status === 401 || r.status === 403) { return null; }
        if (!r.ok) { throw new Error(String(r.status)); }
        return r.text();
      })
      .then(function (text) {
        if (text === null) { return null; }
        var proof = text.split("\n").filter(function (l) { return l.length > 0; }).map(bytes);
        return consistent(seen.size, now.size, bytes(seen.root), bytes(now.root), proof);
      })
      .then(function (ok) {
        if (ok === null) {
          say("ok", fill(t.members, seen));
        } else if (ok) {
          keep();
          say("ok", fill(t.extends, seen));
        } else {
          say("bad", fill(t.forked, seen));
        }
      })
      .catch(function () { say("bad", fill(t.unchecked, seen)); });
  }
  document.addEventListener("htmx:load", function (e) { check(e.detail.elt); });
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { check(document); });
  } else {
    check(document);
  }
})();
