"""CSV and XLSX export of the requests a person may see, as filtered on the list."""

import csv
import io

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook

from home.exports import spreadsheet_value


def _rows(requests):
    yield [
        _("Reference"),
        _("Type"),
        _("Title"),
        _("Applicant organisation"),
        _("Region"),
        _("Status"),
        _("Submitted"),
        _("Requested (EUR)"),
        _("Approved (EUR)"),
    ]
    for item in requests.select_related("fundingapplication"):
        funding = getattr(item, "fundingapplication", None)
        submitted = timezone.localtime(item.submitted_at) if item.submitted_at else None
        yield [
            item.reference,
            item.get_kind_display(),
            item.title,
            item.club.title,
            item.region.name,
            item.get_status_display(),
            submitted.strftime("%d.%m.%Y %H:%M") if submitted else "",
            funding.requested_amount if funding else None,
            funding.approved_amount if funding else None,
        ]


def export_response(requests, file_format):
    stamp = timezone.localdate().isoformat()
    if file_format == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=";")
        for row in _rows(requests):
            writer.writerow(
                ["" if value is None else spreadsheet_value(str(value), "csv") for value in row]
            )
        response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="antraege-{stamp}.csv"'
        return response
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Requests")[:31]
    for row in _rows(requests):
        # Text cells stay text: a title starting with "=" is never a formula.
        sheet.append([spreadsheet_value(value, "xlsx") for value in row])
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str):
                cell.data_type = "s"
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(
        buffer.getvalue(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="antraege-{stamp}.xlsx"'
    return response
