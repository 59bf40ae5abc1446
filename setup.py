"""Maps the top-level folders onto subpackages of the single import package ``policykg``.

pyproject.toml cannot express "every subpackage of these four folders" when the folders
are not named after their packages, so the list is computed here.
"""
from setuptools import find_packages, setup

ROOTS = {
    "policykg": "policykg",
    "policykg.ontology": "ontology",
    "policykg.ingest": "ingest",
    "policykg.queries": "queries",
}

packages = []
for package, folder in ROOTS.items():
    packages.append(package)
    packages += [f"{package}.{sub}" for sub in find_packages(folder)]

setup(packages=packages, package_dir=ROOTS)
