"""python-tuf's client, imported without its HTTP fetcher.

``tuf.ngclient`` imports ``Urllib3Fetcher`` on import, and urllib3 creates and binds an IPv6 socket at import time
to find out whether the machine has IPv6 (``urllib3.util.connection.HAS_IPV6``). Qiao reads packs from folders
only, never over HTTP, so a stand-in takes the fetcher's place before the client is imported: verifying a pack
then creates no socket at all. Import ``Updater`` and ``FetcherInterface`` from here, never from tuf directly.
"""

from __future__ import annotations

import sys
import types

_HTTP_FETCHER = "tuf.ngclient.urllib3_fetcher"


class _NoNetworkFetcher:
    """Stands in for tuf's HTTP fetcher: Qiao always passes its own folder fetcher, so this is never built."""

    def __init__(self, *arguments, **keywords) -> None:
        raise RuntimeError("Qiao never fetches over the network: pass a folder fetcher")


if _HTTP_FETCHER not in sys.modules:
    _stand_in = types.ModuleType(_HTTP_FETCHER, "Qiao's stand-in: no HTTP, no socket")
    _stand_in.Urllib3Fetcher = _NoNetworkFetcher
    sys.modules[_HTTP_FETCHER] = _stand_in

from tuf.ngclient.fetcher import FetcherInterface  # noqa: E402 - after the stand-in, on purpose
from tuf.ngclient.updater import Updater  # noqa: E402

__all__ = ["FetcherInterface", "Updater"]
