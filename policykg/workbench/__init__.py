"""The researcher's workbench: server-rendered pages over the store (corpus, reader, compare, reviews).

Pages are Jinja2 templates with autoescaping and a little vanilla JavaScript that only ever sets
``textContent``; nothing from a policy is ever interpreted as markup or script.
"""
