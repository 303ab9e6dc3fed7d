"""The portal's own stylesheet is well formed: a block left open swallows every rule after it,
which browsers do silently (as a merge of two appended sections once did)."""

import re
from pathlib import Path

from django.conf import settings

STYLESHEET = Path(settings.BASE_DIR) / "home" / "static" / "css" / "portal.css"


def test_every_block_is_closed_and_rules_nest_only_in_at_rules():
    text = re.sub(r"/\*.*?\*/", "", STYLESHEET.read_text(), flags=re.S)
    open_blocks = []
    start = 0
    for match in re.finditer(r"[{}]", text):
        if match.group() == "{":
            prelude = text[start : match.start()].strip()
            assert all(block.startswith("@") for block in open_blocks), (
                f"“{prelude}” opens inside “{open_blocks[-1]}”, which is not closed"
            )
            open_blocks.append(prelude)
        else:
            assert open_blocks, "a “}” closes no block"
            open_blocks.pop()
        start = match.end()

    assert not open_blocks
