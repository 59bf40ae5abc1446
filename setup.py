"""Maps the top-level folders onto subpackages of the single import package ``policykg``.

pyproject.toml cannot express "every subpackage of these four folders" when the folders
are not named after their packages, so the list is computed here. Folders that hold only
data (Turtle, SPARQL, TOML lexicons, templates, page assets) have no ``__init__.py``; they
are found as namespace packages so setuptools ships them as declared packages (their files
come from ``[tool.setuptools.package-data]``) instead of warning about undeclared ones.
"""
from setuptools import find_namespace_packages, setup

ROOTS = {
    "policykg": "policykg",
    "policykg.ontology": "ontology",
    "policykg.ingest": "ingest",
    "policykg.queries": "queries",
}

packages = []
for package, folder in ROOTS.items():
    packages.append(package)
    packages += [
        f"{package}.{sub}"
        for sub in find_namespace_packages(folder, exclude=["*__pycache__*"])
    ]

setup(packages=packages, package_dir=ROOTS)
