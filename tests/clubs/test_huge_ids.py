"""A number in an address beyond what the database holds answers 404 like any unknown number,
not a server error (SQLite refuses integers above 2**63 - 1)."""

import pytest

from tests.clubs.pledges_setup import *  # noqa: F403 (the fixtures)

HUGE = "99999999999999999999"


@pytest.mark.parametrize(
    "path",
    [
        f"/unterstuetzen/{HUGE}/zusage/",
        "/mein-bereich/vereine/{club}/aufrufe/" + HUGE + "/bearbeiten/",
        "/mein-bereich/vereine/{club}/aufrufe/" + HUGE + "/zusagen/",
        "/mein-bereich/vereine/{club}/aufrufe/{call}/zusagen/" + HUGE + "/erhalten/",
        f"/mein-bereich/vereine/{HUGE}/",
        f"/mein-bereich/vereine/{HUGE}/tauschboerse/",
    ],
)
def test_a_huge_number_is_not_found(client, representative, call, path):
    client.force_login(representative)
    url = path.format(club=call.get_parent().pk, call=call.pk)

    response = client.post(url) if url.endswith("/erhalten/") else client.get(url)

    assert response.status_code == 404
