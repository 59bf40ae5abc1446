"""policykg.ingest: policy documents in, evidence-backed statements and triples out.

Stages, each a module with one job: ``read`` (bytes -> Document), ``segment``
(Document -> Segments), ``extract`` (Segments -> Extraction), ``triples``
(Extraction -> named graph), ``pipeline`` (files -> store, with jobs and progress).
"""
