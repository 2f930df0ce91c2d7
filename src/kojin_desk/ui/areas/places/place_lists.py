"""The record lists of the Places area, shared by its tabs and the declaration wizards."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kojin_desk.areas.places import service as places
from kojin_desk.areas.places.model import Equipment, Method, TakeOut, WorkPlace
from kojin_desk.domain.wareki import format_date
from kojin_desk.ui.record_list import RecordList


def workplace_list(ctx) -> RecordList:
    return RecordList(ctx, WorkPlace, ["name", "address", "building", "storage", "entry_control", "data_storage", "ended_on"],
                      lambda: places.workplaces(ctx.vault, ctx.contract_id, active_only=False),
                      lambda: WorkPlace(contract_id=ctx.contract_id), lambda w: places.save_workplace(ctx.vault, w),
                      QCoreApplication.translate("PlaceLists", "Work place"), ("第11条第3項", "第11条第10項第1号"))


def method_list(ctx, kind: str) -> RecordList:
    title = (QCoreApplication.translate("PlaceLists", "Transport method") if kind == "transport"
             else QCoreApplication.translate("PlaceLists", "Sending method"))
    declared = QCoreApplication.translate("PlaceLists", "Declared on")
    return RecordList(ctx, Method, ["name", "procedure", "safeguards", "scope", "ended_on"],
                      lambda: places.methods(ctx.vault, ctx.contract_id, kind),
                      lambda: Method(kind=kind, contract_id=ctx.contract_id), lambda m: places.save_method(ctx.vault, m),
                      title, ("第11条第5項",) if kind == "transport" else ("第11条第6項", "第11条第7項"),
                      [(declared, lambda m: format_date(m.declared_on, ctx.settings.date_style) if m.declared_on
                        else QCoreApplication.translate("PlaceLists", "Not yet declared"))])


def equipment_list(ctx) -> RecordList:
    return RecordList(ctx, Equipment, ["code", "kind", "maker_model", "serial", "os", "encryption", "kept_at",
                                       "no_leak_software", "checked_on", "ended_on"],
                      lambda: places.equipment(ctx.vault, ctx.contract_id),
                      lambda: Equipment(contract_id=ctx.contract_id), lambda e: places.save_equipment(ctx.vault, e),
                      QCoreApplication.translate("PlaceLists", "Equipment"), ("第11条第8項", "第11条第9項"))


def takeout_list(ctx) -> RecordList:
    return RecordList(ctx, TakeOut, ["what", "destination", "from_on", "to_on", "approved_on", "approver", "reference"],
                      lambda: places.takeouts(ctx.vault, ctx.contract_id),
                      lambda: TakeOut(contract_id=ctx.contract_id), lambda t: places.save_takeout(ctx.vault, t),
                      QCoreApplication.translate("PlaceLists", "Take-out"), ("第11条第4項",))


LISTS = {"workplace_notification": workplace_list,
         "transport_notification": lambda ctx: method_list(ctx, "transport"),
         "sending_notification": lambda ctx: method_list(ctx, "sending")}
