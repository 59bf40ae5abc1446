"""policykg.queries: the catalogue of documented cross-policy SPARQL questions and their runner."""
