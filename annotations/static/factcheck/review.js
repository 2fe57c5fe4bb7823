/* The article page's keyboard shortcuts, claim selection and evidence rows.
   The side panel is fetched and posted by htmx (served from django-htmx's static files). */
(function () {
  "use strict";
  const claimsRoot = document.getElementById("claims");
  const panel = document.getElementById("panel");
  const help = document.getElementById("shortcuts");
  if (!claimsRoot || !panel) return;

  const claimList = () => Array.from(claimsRoot.querySelectorAll("[data-claim-id]"));
  let current = claimsRoot.querySelector(".claim.selected") || claimList()[0] || null;

  function panelClaimId() {
    const body = panel.querySelector("[data-panel-claim-id]");
    return body ? body.dataset.panelClaimId : null;
  }

  function panelReady() {
    return current && panelClaimId() === current.dataset.claimId;
  }

  function loadPanel(el) {
    if (window.htmx) {
      return window.htmx.ajax("GET", el.dataset.panelUrl, { target: panel, swap: "innerHTML" });
    }
    window.location.search = "?claim=" + el.dataset.claimId;
    return null;
  }

  function select(el, focus) {
    if (!el) return;
    if (current && current !== el) {
      current.classList.remove("selected");
      current.setAttribute("tabindex", "-1");
      current.removeAttribute("aria-current");
    }
    current = el;
    el.classList.add("selected");
    el.setAttribute("tabindex", "0");
    el.setAttribute("aria-current", "true");
    if (focus !== false) {
      el.focus({ preventScroll: true });
      el.scrollIntoView({ block: "nearest", behavior: "instant" });
    }
    const url = new URL(window.location.href);
    url.searchParams.set("claim", el.dataset.claimId);
    url.hash = "";
    window.history.replaceState(null, "", url);
    if (panelClaimId() !== el.dataset.claimId) loadPanel(el);
  }

  function move(step) {
    const list = claimList();
    if (!list.length) return;
    const at = current ? list.indexOf(current) : -1;
    const next = list[Math.min(Math.max(at + step, 0), list.length - 1)];
    select(next);
  }

  function syncClaimFromPanel() {
    const body = panel.querySelector("[data-panel-claim-id]");
    if (!body) return;
    const el = claimsRoot.querySelector('[data-claim-id="' + body.dataset.panelClaimId + '"]');
    if (!el) return;
    const status = body.dataset.status;
    for (const node of [el, el.querySelector("[data-badge]")]) {
      if (!node) continue;
      Array.from(node.classList)
        .filter((c) => c.startsWith("status-"))
        .forEach((c) => node.classList.remove(c));
      node.classList.add("status-" + status);
    }
    el.dataset.status = status;
    const badge = el.querySelector("[data-badge]");
    if (badge) badge.textContent = body.dataset.statusLabel;
  }

  function addEvidenceRow() {
    const template = panel.querySelector("#evidence-row-template");
    const rows = panel.querySelector("#evidence-rows");
    if (!template || !rows) return null;
    const row = template.content.firstElementChild.cloneNode(true);
    rows.appendChild(row);
    return row;
  }

  function focusEvidence() {
    if (!panelReady()) return;
    const urls = Array.from(panel.querySelectorAll("#evidence-rows .evidence-url"));
    let target = urls.find((input) => !input.value);
    if (!target) {
      const row = addEvidenceRow();
      target = row && row.querySelector(".evidence-url");
    }
    if (target) target.focus();
  }

  function pickRating(position) {
    if (!panelReady()) return;
    const radio = panel.querySelector('input[name="rating"][data-position="' + position + '"]');
    if (radio) radio.checked = true;
  }

  function save() {
    const form = panel.querySelector("#review-form");
    if (!form || !panelReady()) return;
    // A panel swapped in a moment ago may not be wired to htmx yet; without this the form
    // posts the old-fashioned way (which works, but reloads the page).
    if (window.htmx) window.htmx.process(form);
    form.requestSubmit();
  }

  function approve() {
    const button = panel.querySelector('[data-action="approve"]');
    if (button && panelReady()) button.click();
  }

  function toggleHelp() {
    if (!help) return;
    if (help.open) help.close();
    else help.showModal();
  }

  function isTyping(target) {
    if (!(target instanceof Element)) return false;
    if (target.isContentEditable) return true;
    return target.matches(
      "textarea, select, input:not([type=radio]):not([type=checkbox]):not([type=button]):not([type=submit])"
    );
  }

  document.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      if (panel.contains(event.target) || !isTyping(event.target)) {
        event.preventDefault();
        save();
      }
      return;
    }
    if (isTyping(event.target)) {
      if (event.key === "Escape" && current) {
        event.preventDefault();
        event.target.blur();
        current.focus();
      }
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (help && help.open && event.key !== "?") return;
    switch (event.key) {
      case "j": move(1); break;
      case "k": move(-1); break;
      case "?": toggleHelp(); break;
      case "s": save(); break;
      case "a": approve(); break;
      case "e": focusEvidence(); break;
      default:
        if (/^[1-9]$/.test(event.key)) pickRating(Number(event.key));
        else return;
    }
    event.preventDefault();
  });

  claimsRoot.addEventListener("click", (event) => {
    const el = event.target.closest("[data-claim-id]");
    if (el) select(el);
  });

  panel.addEventListener("click", (event) => {
    const button = event.target.closest("[data-action]");
    if (!button) return;
    if (button.dataset.action === "add-evidence") {
      const row = addEvidenceRow();
      if (row) row.querySelector(".evidence-url").focus();
    } else if (button.dataset.action === "remove-evidence") {
      const row = button.closest(".evidence-row");
      const next = row.nextElementSibling || row.previousElementSibling;
      row.remove();
      (next ? next.querySelector("input") : panel.querySelector('[data-action="add-evidence"]')).focus();
    }
  });

  document.body.addEventListener("htmx:afterSwap", (event) => {
    if (event.detail.target !== panel) return;
    syncClaimFromPanel();
    if (current && panelClaimId() !== current.dataset.claimId) {
      loadPanel(current); // a faster j/k overtook this response
      return;
    }
    const active = document.activeElement;
    if (!active || active === document.body || !document.contains(active)) {
      if (current) current.focus({ preventScroll: true });
    }
  });

  if (current && new URLSearchParams(window.location.search).has("claim")) {
    current.focus({ preventScroll: true });
    current.scrollIntoView({ block: "center", behavior: "instant" });
  }
})();
