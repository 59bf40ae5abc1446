"""Expert reviews of facts and findings, kept as W3C Web Annotations in their own named graph.

A review confirms, rejects or corrects one value of one fact (or a finding's verdict and reason),
with a comment. It targets the statement and, through a TextQuoteSelector and TextPositionSelector,
the passage the statement was drawn from, so that after a re-ingest or a new extractor version it is
re-anchored by its quote (``anchor.py``) and applied to whatever statement now stands on that passage
(``apply.py``). Reviews that cannot be anchored are kept and listed as orphans, never dropped.
"""
