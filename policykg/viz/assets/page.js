// Draws the view's graph with Cytoscape.js. All text from policies is set with textContent,
// never innerHTML, and arrives through a JSON block that JSON.parse reads (never evaluated).
(function () {
  "use strict";
  var payload = JSON.parse(document.getElementById("graph-data").textContent);
  var info = document.getElementById("info");
  var cy = cytoscape({
    container: document.getElementById("cy"),
    elements: payload.elements,
    layout: { name: "preset", fit: true, padding: 30 },
    wheelSensitivity: 0.3,
    style: [
      { selector: "node", style: {
          "background-color": "data(colour)", "width": "data(size)", "height": "data(size)",
          "label": "data(shown)", "font-size": 12, "text-valign": "center", "text-halign": "right",
          "text-margin-x": 4, "color": "#222", "text-outline-color": "#fff", "text-outline-width": 2 } },
      { selector: "edge", style: {
          "line-color": "data(colour)", "width": 1, "opacity": payload.edgeOpacity, "curve-style": "straight" } },
      { selector: "node.picked", style: { "label": "data(label)", "border-width": 2, "border-color": "#000" } },
      { selector: "node.dim", style: { "opacity": 0.12 } },
      { selector: "edge.lit", style: { "opacity": 0.9, "width": 2 } }
    ]
  });

  function describe(element) {
    if (element.isNode()) { return element.data("title") || element.data("label"); }
    if (element.data("title")) { return element.data("title"); }
    var source = element.source().data("label"), target = element.target().data("label");
    return source + " \u2014 " + element.data("relation") + " \u2192 " + target +
      (element.data("weight") > 1 ? "\n(" + element.data("weight") + " policies)" : "");
  }
  function withEvidence(node) {
    // a node's own text, then the quotes on its links (a category: which company says so, where)
    var lines = [describe(node)], shown = 0, more = 0;
    node.connectedEdges().forEach(function (edge) {
      if (!edge.data("title")) { return; }
      if (shown < 12) { lines.push("", edge.data("title")); shown += 1; } else { more += 1; }
    });
    if (more) { lines.push("", "\u2026 and " + more + " more links (hover one)"); }
    return lines.join("\n");
  }
  cy.on("mouseover tap", "node, edge", function (event) {
    info.textContent = event.target.isNode() ? withEvidence(event.target) : describe(event.target);
    if (event.target.isNode()) {
      cy.elements().removeClass("picked lit");
      event.target.addClass("picked");
      event.target.connectedEdges().addClass("lit");
    }
  });

  var search = document.getElementById("search");
  search.addEventListener("input", function () {
    var wanted = search.value.trim().toLowerCase();
    cy.batch(function () {
      cy.nodes().forEach(function (node) {
        var hit = !wanted || String(node.data("label")).toLowerCase().indexOf(wanted) >= 0;
        node.toggleClass("dim", !hit);
        node.toggleClass("picked", Boolean(wanted) && hit);
      });
    });
  });

  var legend = document.getElementById("legend");
  payload.legend.forEach(function (entry) {
    var row = document.createElement("div"), dot = document.createElement("span");
    dot.style.backgroundColor = entry.colour;
    if (entry.shape === "line") { dot.className = "line"; }
    row.appendChild(dot);
    row.appendChild(document.createTextNode(entry.name));
    legend.appendChild(row);
  });
  document.getElementById("counts").textContent =
    cy.nodes().length + " nodes, " + cy.edges().length + " edges";

  cy.ready(function () {
    document.body.setAttribute("data-rendered-nodes", String(cy.nodes().length));
    document.body.setAttribute("data-rendered-edges", String(cy.edges().length));
  });
  cy.one("render", function () { document.body.setAttribute("data-render-state", "drawn"); });
}());
