"""The headless command line: the same services as the GUI, one-line errors, fixed exit codes.

0 fine · 1 problems found · 2 usage or input error · 3 wrong passphrase · 4 vault or backup damaged
5 the window cannot open: system libraries missing (Linux)
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path

from kojin_desk import __version__
from kojin_desk.errors import KojinError, ValidationError
from kojin_desk.i18n import msg, pick
from kojin_desk.process_guard import disable_core_dumps
from kojin_desk.progress import cli_line, is_terminal

OK, PROBLEMS, USAGE, WRONG_PASS, DAMAGED, NO_DISPLAY_LIBS = 0, 1, 2, 3, 4, 5


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", type=Path, help=pick("保管庫のフォルダ", "vault folder"))
    common.add_argument("--passphrase-file", type=Path, help=pick("パスフレーズを1行目に書いたファイル", "file whose first line is the passphrase"))
    p = argparse.ArgumentParser(prog="kojin-desk", description=pick(
        "個人情報に関する特記仕様の記録と届出（東京都委託契約）", "Personal-information records and notifications for Tokyo contracts"))
    p.add_argument("--version", action="version", version=f"kojin-desk {__version__}")
    sub = p.add_subparsers(dest="command")
    gui = sub.add_parser("gui", parents=[common], help=pick("画面を開く", "open the window"))
    gui.add_argument("--demo", action="store_true", help=pick("デモ用の保管庫で開く", "open a demo vault"))
    sub.add_parser("init", parents=[common], help=pick("保管庫を作成", "create a vault"))
    demo = sub.add_parser("demo", parents=[common], help=pick("デモ用の保管庫を作成", "create a demo vault"))
    demo.add_argument("--ledger-entries", type=int, default=120, help=pick("台帳の記録数", "number of ledger entries"))
    sub.add_parser("check", parents=[common], help=pick("整合性と規則を検査", "check integrity and rules"))
    sub.add_parser("dump", parents=[common], help=pick("保管庫の全内容をJSONで出力", "print the whole vault as JSON"))
    load = sub.add_parser("load", parents=[common], help=pick("ダンプから新しい保管庫を作成", "create a vault from a dump"))
    load.add_argument("file", type=Path)
    backup = sub.add_parser("backup", parents=[common], help=pick("暗号化したバックアップを作成して検証", "write and verify an encrypted backup"))
    backup.add_argument("--to", type=Path, help=pick("バックアップ先のフォルダ（既定は設定のフォルダ）", "backup folder (default: the one in the settings)"))
    restore = sub.add_parser("restore", parents=[common], help=pick(
        "バックアップを新しいフォルダに復元（現在の保管庫は上書きしない）", "restore a backup into a new folder (never over a vault)"))
    restore.add_argument("file", type=Path)
    forms = sub.add_parser("forms", help=pick("様式", "forms"))
    fsub = forms.add_subparsers(dest="forms_command", required=True)
    fsub.add_parser("list")
    schema = fsub.add_parser("schema")
    schema.add_argument("form_id")
    render = fsub.add_parser("render")
    render.add_argument("form_id")
    render.add_argument("--data", type=Path, required=True)
    render.add_argument("--out", type=Path, required=True)
    return p


def _data_dir(args) -> Path:
    from kojin_desk.paths import default_data_dir

    return args.data_dir or default_data_dir()


def _passphrase(args, new: bool = False) -> str:
    if getattr(args, "passphrase_file", None):
        try:
            text = args.passphrase_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            raise KojinError("passphrase_file_unreadable", path=args.passphrase_file) from None
        value = text.splitlines()[0] if text else ""
    elif os.environ.get("KOJIN_DESK_PASSPHRASE"):
        value = os.environ["KOJIN_DESK_PASSPHRASE"]
    elif sys.stdin is not None and sys.stdin.isatty():
        value = getpass.getpass(pick("パスフレーズ: ", "Passphrase: "))
        if new and getpass.getpass(pick("もう一度: ", "Again: ")) != value:
            raise KojinError("wrong_passphrase")
    else:
        value = ""
    if not value:
        raise KojinError("passphrase_empty")
    return value


def _unlock(args):
    """Open to read (check, dump): also while a window has the vault open."""
    from kojin_desk.services import vault_access

    data_dir = _data_dir(args)
    vault_access.require_vault(data_dir)  # "no vault here" before asking for a passphrase
    return vault_access.unlock(data_dir, _passphrase(args), shared=True)


def cmd_init(args) -> int:
    from kojin_desk.services import vault_access

    vault = vault_access.create_vault(_data_dir(args), _passphrase(args, new=True))
    vault.close()
    print(msg("created_vault", path=vault.data_dir))
    return OK


def cmd_demo(args) -> int:
    from kojin_desk.areas import demo

    if not 0 <= args.ledger_entries <= 2_000_000:
        raise KojinError("out_of_range", field="--ledger-entries", min=0, max=2_000_000)
    passphrase = _passphrase(args, new=True)
    with cli_line() as progress:
        vault = demo.build(_data_dir(args), passphrase, ledger_entries=args.ledger_entries, progress=progress)
    vault.close()
    print(msg("demo_created", path=vault.data_dir))
    return OK


def cmd_check(args) -> int:
    from kojin_desk.areas import check

    vault = _unlock(args)
    try:
        with cli_line() as progress:
            problems = check.run(vault, progress)
    finally:
        vault.close()
    for p in problems:
        print(p)
    print(msg("check_problems", count=len(problems)) if problems else msg("check_ok"))
    return PROBLEMS if problems else OK


def cmd_dump(args) -> int:
    from kojin_desk.areas import transfer

    vault = _unlock(args)
    try:
        # No line over the dump itself when both go to the same screen.
        with cli_line(tty=is_terminal(sys.stderr) and not is_terminal(sys.stdout)) as progress:
            transfer.write_dump(vault, sys.stdout, progress)  # written as it is read: memory flat in the ledger's size
    finally:
        vault.close()
    sys.stdout.write("\n")
    return OK


def cmd_load(args) -> int:
    from kojin_desk.areas import transfer

    transfer.check_dump_file(args.file)  # what can be told before a passphrase is asked
    passphrase = _passphrase(args, new=True)
    with cli_line() as progress:  # one reading: the dump is checked as it is written into the new vault
        vault = transfer.load_file(args.file, _data_dir(args), passphrase, progress=progress)
    vault.close()
    print(msg("loaded_vault", path=vault.data_dir))
    return OK


def cmd_backup(args) -> int:
    from kojin_desk.areas import backup_service
    from kojin_desk.settings import Settings

    vault = _unlock(args)
    try:
        settings = Settings.load(vault.data_dir)
        path = backup_service.back_up(vault, settings, vault.data_dir, to=args.to)
    finally:
        vault.close()
    print(msg("backup_written", path=path))
    return OK


def cmd_restore(args) -> int:
    from kojin_desk.areas import backup_service

    info = backup_service.manifest(args.file)  # a damaged backup is named before a passphrase is asked
    new_dir = _data_dir(args)
    backup_service.restore(args.file, new_dir, _passphrase(args))
    print(msg("restored", date=backup_service.made_on(info), path=new_dir))
    return OK


def cmd_forms(args) -> int:
    from kojin_desk.formkit.definition import all_forms, get_form

    if args.forms_command == "list":
        for form in all_forms().values():
            print(f"{form.id}\t{form.title}\t{'・'.join(form.articles)}")
        return OK
    if args.forms_command == "schema":
        from kojin_desk.formkit.data import json_schema

        print(json.dumps(json_schema(get_form(args.form_id)), ensure_ascii=False, indent=2))
        return OK
    from kojin_desk.services.documents import render_pdf
    from kojin_desk.services.files import read_json_file, save_file

    get_form(args.form_id)
    data = read_json_file(args.data, "bad_json")
    pdf, _ = render_pdf(args.form_id, data)
    save_file(args.out, pdf)
    print(msg("rendered", path=args.out))
    return OK


def cmd_gui(args) -> int:
    from kojin_desk.desktop_libs import check_gui_libraries

    missing = check_gui_libraries()  # before Qt, whose own message names the wrong library
    if missing:
        print(missing, file=sys.stderr)
        return NO_DISPLAY_LIBS
    from kojin_desk.ui.app import run

    return run(data_dir=args.data_dir, demo=args.demo)


COMMANDS = {"init": cmd_init, "demo": cmd_demo, "check": cmd_check, "dump": cmd_dump,
            "load": cmd_load, "backup": cmd_backup, "restore": cmd_restore, "forms": cmd_forms, "gui": cmd_gui}


def main(argv: list[str] | None = None) -> int:
    disable_core_dumps()  # before any key exists in this process
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in COMMANDS and argv[0] not in ("--version", "-h", "--help")):
        argv.insert(0, "gui")  # `kojin-desk [--data-dir DIR]` opens the window
    args = _parser().parse_args(argv)
    command = COMMANDS[args.command]
    try:
        return command(args)
    except ValidationError as exc:
        for p in exc.problems:
            print(p, file=sys.stderr)
        return USAGE
    except KojinError as exc:
        print(exc, file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(msg("interrupted"), file=sys.stderr)
        return USAGE
    except Exception as exc:  # never a traceback, never the exception text (it may quote data)
        if os.environ.get("KOJIN_DESK_DEBUG"):
            raise
        from kojin_desk.services.vault_access import user_error

        known = user_error(exc)  # SQLCipher's errors (damaged, busy, disk full…) in the app's words
        if known is not None:
            print(known, file=sys.stderr)
            return known.exit_code
        print(msg("internal_error", kind=type(exc).__name__), file=sys.stderr)
        return USAGE


if __name__ == "__main__":
    raise SystemExit(main())
