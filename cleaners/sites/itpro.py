"""ITPro (itpro.com): Future plc's platform, unchanged."""

from __future__ import annotations

from dataclasses import replace

from ._future_plc import FUTURE_PLC

RULE = replace(FUTURE_PLC, site="itpro", domains=("itpro.com", "itpro.co.uk"))
