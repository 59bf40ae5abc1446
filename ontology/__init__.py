"""policykg.ontology: the Turtle files that say what the graph means, and their loader."""
