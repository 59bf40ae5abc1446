"""Helpers every command shares: opening the store named by ``--store`` and reporting errors.

Store problems (bad location, locked folder, unreachable server) are usage/input errors:
they exit with code 2 and a message that names the store and what to do.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import click

from policykg.store import Store, StoreError, open_store


class InputProblem(click.ClickException):
    """A usage or input error shown to the user in one line; exit code 2 (see `policykg --help`)."""

    exit_code = 2


class StoreProblem(InputProblem):
    """A StoreError shown to the user: the store cannot be opened or used."""


def store_location(ctx: click.Context) -> str | None:
    """The ``--store`` value given to the root command (None: the default store)."""
    obj = ctx.find_root().obj or {}
    return obj.get("store_location")


def open_store_from_ctx(ctx: click.Context, *, read_only: bool = False) -> Store:
    """Open the store named by ``policykg --store``; a StoreError becomes a clean exit 2."""
    try:
        return open_store(store_location(ctx), read_only=read_only)
    except StoreError as error:
        raise StoreProblem(str(error)) from error


@contextmanager
def store_errors() -> Iterator[None]:
    """Turn a StoreError raised inside the block into a clean exit 2."""
    try:
        yield
    except StoreError as error:
        raise StoreProblem(str(error)) from error


@contextmanager
def cli_store(ctx: click.Context, *, read_only: bool = False) -> Iterator[Store]:
    """Open the ``--store`` store for one command, map its errors, and always close it."""
    store = open_store_from_ctx(ctx, read_only=read_only)
    try:
        with store_errors():
            yield store
    finally:
        store.close()
