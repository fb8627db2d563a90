"""The store's errors (E3xx), kept beside the store so the shared errors module stays small."""

from __future__ import annotations

from veille.errors import VeilleError


class StoreError(VeilleError):
    code = "E300"


class StoreMissing(StoreError):
    code = "E301"


class StoreLocked(StoreError):
    code = "E302"


class NotFound(StoreError):
    """A query named an article or actor the store does not hold."""

    code = "E303"
