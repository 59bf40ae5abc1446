"""Graph stores: the embedded Oxigraph store and a remote SPARQL 1.1 server, behind one interface.

Use :func:`open_store` to get one; see ``base.py`` for the interface.
"""
