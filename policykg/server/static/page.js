// The query page: YASGUI pointed at this server's /query, plus the catalogue from /queries.
// Everything from the server is inserted with textContent, never as HTML.
(function () {
  "use strict";
  var endpoint = new URL("/query", window.location.href).href;

  // Autocompleters that call prefix.cc or lov.linkeddata.es are switched off: the page works offline.
  Yasgui.Yasqe.defaults.autocompleters = ["variables"];
  Yasgui.Yasqe.defaults.prefixCcApi = undefined;

  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: false,
    persistenceId: "policykg-" + window.location.host,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    yasqe: { autocompleters: ["variables"] }
  });

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function load(entry) {
    var tab = yasgui.getTab();
    tab.setEndpoint(endpoint);
    tab.setQuery(entry.sparql);
  }

  function show(entries) {
    var list = document.getElementById("catalogue-list");
    entries.forEach(function (entry) {
      var item = element("li");
      var button = element("button", "", entry.title || entry.name);
      button.type = "button";
      button.title = "Load " + entry.name + " into the editor";
      button.addEventListener("click", function () { load(entry); });
      item.appendChild(button);
      item.appendChild(element("p", "question", entry.question));
      var params = entry.params.map(function (p) { return p.name + "=" + p.default; }).join(", ");
      var meta = element("p", "meta");
      var link = element("a", "", entry.name);
      link.href = entry.url + "?format=csv";
      meta.appendChild(link);
      meta.appendChild(document.createTextNode((params ? "  [" + params + "]" : "") +
        (entry.tags.length ? "  " + entry.tags.join(", ") : "")));
      item.appendChild(meta);
      list.appendChild(item);
    });
  }

  fetch("/queries").then(function (r) {
    if (!r.ok) { throw new Error("HTTP " + r.status); }
    return r.json();
  }).then(show).catch(function (error) {
    document.getElementById("catalogue-list").appendChild(element("li", "error", "cannot load the catalogue: " + error.message));
  });

  fetch("/health").then(function (r) { return r.json(); }).then(function (h) {
    document.getElementById("health").textContent =
      "policykg " + h.version + " · " + h.policies + " policies · store " + h.store +
      (h.updates ? " · updates enabled" : " · read-only");
  }).catch(function () {
    var node = document.getElementById("health");
    node.textContent = "the server does not answer /health";
    node.className = "error";
  });
})();
