"""Language choice and the messages that core code shows to people.

The GUI translates its own strings through Qt; core code (errors, `check`
findings, CLI output) cannot import Qt, so its messages live in this one
catalogue in both languages.
"""

from __future__ import annotations

import locale
import os

SUPPORTED = ("ja", "en")
_language: str | None = None


def detect_language() -> str:
    """Japanese unless the environment clearly asks for another language."""
    forced = os.environ.get("KOJIN_DESK_LANG", "")
    if forced in SUPPORTED:
        return forced
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value and value not in ("C", "POSIX", "C.UTF-8"):
            return "ja" if value.lower().startswith("ja") else "en"
    if os.name == "nt":  # Windows keeps the user's language in the locale, not in variables
        try:
            loc = locale.getlocale()[0] or ""
        except ValueError:
            loc = ""
        if loc and not loc.lower().startswith(("ja", "japanese")):
            return "en"
    return "ja"


def language() -> str:
    global _language
    if _language is None:
        _language = detect_language()
    return _language


def set_language(lang: str) -> None:
    global _language
    _language = lang if lang in SUPPORTED else "ja"


def pick(ja: str, en: str) -> str:
    return ja if language() == "ja" else en


def msg(code: str, **params: object) -> str:
    ja, en = MESSAGES[code]
    return pick(ja, en).format(**params)


MESSAGES: dict[str, tuple[str, str]] = {
    # the ledger as the spine (issue: one contract, one truth)
    "ledger_person_unregistered": ("担当者「{name}」は、{date}にこの契約の責任者・従事者等として登録されていません（第5条第1項、第11条第10項第4号）。",
                                   "'{name}' held no registered role on this contract on {date} (Art. 5(1), 11(10)(4))."),
    "sender_not_worker": ("送付・運搬をするのは従事者又は責任者です。「{name}」は監査者です（第11条第7項）。",
                          "Sends and transports are made by workers or the responsible person; '{name}' is the auditor (Art. 11(7))."),
    "ledger_place_undeclared": ("場所「{place}」は、{date}に届け出た作業場所ではありません（第11条第3項）。",
                                "'{place}' was not a declared work place on {date} (Art. 11(3))."),
    "transport_unapproved": ("運搬先「{to}」は東京都でも届け出た作業場所でもなく、{date}を含む東京都の承諾（第11条第4項）がありません。",
                             "Transport to '{to}' is neither to Tokyo nor to a declared work place, and no approval of Art. 11(4) covers {date}."),
    "copy_unapproved": ("「{item}」の複写・複製について、{date}を含む東京都の指示又は承諾（第10条）が登録されていません。",
                        "No instruction or approval of Art. 10 covers copying '{item}' on {date}."),
    "copy_over_limit": ("「{item}」の複写・複製が、承諾（{reference}）の数量 {allowed} を超えます（第10条）。",
                        "Copies of '{item}' would exceed the {allowed} allowed by approval {reference} (Art. 10)."),
    "kind_needs_list_b": ("「{kind}」は受託者が取得・作成する個人情報等（目録B）の区分です（第3条第2項）。",
                          "'{kind}' is for what the contractor acquires or creates (list B, Art. 3(2))."),
    "receipt_is_from_tokyo": ("受領は東京都から引き渡された個人情報等（目録A・C）の区分です。目録Bは「取得」又は「作成」で記録してください（第11条第2項）。",
                              "A receipt is for what Tokyo hands over (lists A, C); record list B as acquired or created (Art. 11(2))."),
    "acquisition_basis": ("取得の根拠（法令の規定又は本人の同意）を備考に記録してください（第3条第3項）。",
                          "Record the legal basis or the consent of the acquisition in the note (Art. 3(3))."),
    "after_contract_end": ("契約期間（{end}まで）の終了後は、返還・廃棄・消去・保管のみ記録できます（第12条第2項）。「{kind}」は記録できません。",
                           "After the contract's end ({end}) only return, destruction, erasure and storage may be recorded (Art. 12(2)), not '{kind}'."),
    "send_needs_movement": ("送付・運搬は、方法と確認を含めて送付・運搬記録として一度だけ入力してください（第11条第7項）。",
                            "Enter a send or transport once, as a send record with its method and check (Art. 11(7))."),
    "movement_entry_missing": ("台帳 第{seq}号の{kind}に、送付・運搬記録（方法・確認）がありません（第11条第7項）。",
                               "Ledger No. {seq} ({kind}) has no send record with its method and check (Art. 11(7))."),
    "movement_entry_mismatch": ("送付・運搬記録 id {id} が指す台帳の記録（第{seq}号）が、送付・運搬ではないか別の契約のものです。",
                                "Send record id {id} points at ledger No. {seq}, which is not a send or transport of its contract."),
    "ledger_by_untrained": ("{name}は、研修（第7条第3項）を受ける前の{date}に個人情報等を取り扱っています。",
                            "{name} handled personal information on {date}, before attending the training (Art. 7(3))."),
    "ledger_without_pledge": ("{name}は、誓約書（第5条第4項）の署名前の{date}に個人情報等を取り扱っています。",
                              "{name} handled personal information on {date}, before signing the pledge (Art. 5(4))."),
    "ledger_free_text": ("台帳の移行前の記録に、登録されていない担当者・場所が自由記述のまま残っています: {values}",
                         "Ledger entries made before the registry link keep unregistered persons or places as free text: {values}"),
    "movements_unlinked": ("台帳と結び付いていない移行前の送付・運搬記録が{count}件あります（第11条第10項第4号）。",
                           "{count} send records made before the ledger link are not tied to a ledger entry (Art. 11(10)(4))."),
    "approval_item_unknown": ("東京都の指示・承諾（{reference}）の対象の件名「{item}」は、目録のどの件名とも一致しません。目録の件名どおりに記録してください。",
                              "Tokyo's approval {reference} names '{item}', which is no item of the lists: record it as the list names it."),
    "bad_number": ("{field}は数字で入力してください。", "{field} must be a number."),
    # next steps on the dashboard (findings marked todo)
    "todo_office": ("事業者情報（会社名・所在地・代表者）を入力する（すべての様式に印刷されます）",
                    "Enter your company's details (printed on every form)"),
    "todo_contract": ("東京都との契約を登録する", "Register your contract with Tokyo"),
    "todo_staff_notification": ("責任者・従事者を定めて東京都に届け出る（第5条第1項）",
                                "Register the responsible person and workers and notify Tokyo (Art. 5(1))"),
    "todo_training_plan": ("教育・研修計画を定める（第7条第2項）", "Make the training plan (Art. 7(2))"),
    "todo_auditor_notification": ("目録Cの特定個人情報等の監査者を届け出る（第5条第1項）",
                                  "Notify Tokyo of the auditor for list C data (Art. 5(1))"),
    "todo_workplace_notification": ("作業場所を東京都に届け出る（第11条第3項）", "Notify Tokyo of the work places (Art. 11(3))"),
    "todo_transport_methods": ("新しい運搬方法を届け出る（第11条第5項）", "Declare the new transport methods (Art. 11(5))"),
    "todo_sending_methods": ("新しい送付方法を届け出る（第11条第6項）", "Declare the new sending methods (Art. 11(6))"),
    "todo_inspection_plan": ("外部記録媒体とバックアップの定期点検の予定を決める（第11条第10項第3号）",
                             "Plan the periodic inspections of media and backups (Art. 11(10)(3))"),
    "todo_inspection_due": ("定期点検の期限です: {due}（第11条第10項第3号）", "Periodic inspection due on {due} (Art. 11(10)(3))"),
    "todo_certificate_draft": ("作成中の廃棄・消去証明書を続ける（第12条第5項）",
                               "Continue the destruction/erasure certificate you started (Art. 12(5))"),
    "todo_certificate_due": ("契約が終了しました。個人情報等を返還・廃棄・消去し、証明書を提出してください（第12条第2項・第5項）",
                             "The contract has ended: return, destroy or erase the data and submit the certificate "
                             "(Art. 12(2), 12(5))"),
    # vault and keys
    "wrong_passphrase": ("パスフレーズが違います。入力し直してください。",
                         "Wrong passphrase. Please enter it again."),
    "no_vault": ("{path} に保管庫がありません。先に「kojin-desk init」で作成してください。",
                 "There is no vault in {path}. Create one first with 'kojin-desk init'."),
    "vault_exists": ("{path} には既に保管庫があります。上書きはしません。別のフォルダを指定してください。",
                     "A vault already exists in {path}. It is not overwritten; choose another folder."),
    "vault_damaged": ("保管庫が壊れているか読めません（{detail}）。バックアップから復元してください。",
                      "The vault is damaged or unreadable ({detail}). Restore it from a backup."),
    "keyfile_damaged": ("鍵ファイル {path} が壊れています。バックアップから復元してください。",
                        "The key file {path} is damaged. Restore it from a backup."),
    "vault_too_new": ("この保管庫は新しい版のkojin_desk（形式 {found}）で作られています。この版は形式 {supported} までしか読めません。保管庫には手を付けていません。アプリを更新してください。",
                      "This vault was written by a newer kojin_desk (format {found}); this version reads up to format {supported}. The vault was left untouched. Please update the app."),
    "vault_in_use": ("{path} の保管庫は、別のkojin_desk（画面又はコマンド）が使用中か作成中です。そちらを閉じるか終わるのを待ってから、やり直してください。",
                     "The vault in {path} is in use or being created by another kojin_desk (window or command). Close it or wait for it to finish, then try again."),
    "vault_busy": ("保管庫が他の処理に使われていて、今は書き込めません。少し待ってからやり直してください。何も変更されていません。",
                   "The vault is busy (another program is using it). Nothing was changed. Wait a moment and try again."),
    "vault_disk_full": ("ディスクの空き容量が足りず、保管庫 {path} に書き込めませんでした。変更は保存されていません。空きを作ってからやり直してください。",
                        "Not enough disk space to write to the vault {path}. The change was not saved. Free some space and try again."),
    "vault_read_only": ("{path} に書き込めません（読み取り専用か、書き込む権限がありません）。保管庫が壊れているのではありません。書き込めるようにしてからやり直してください。",
                        "Cannot write to {path} (it is read-only or you lack permission). The vault is not damaged. Make it writable and try again."),
    "vault_cannot_open": ("保管庫 {path} を開けません（ファイルでないか、開く権限がないか、フォルダに書き込めません）。",
                          "Cannot open the vault {path} (it is not a file, you lack permission, or its folder is not writable)."),
    "vault_io_error": ("保管庫 {path} の読み書き中にディスクのエラーが起きました。ディスクを確認し、必要ならバックアップから復元してください。",
                       "A disk error occurred while reading or writing the vault {path}. Check the disk; restore from a backup if needed."),
    "vault_empty": ("保管庫 {path} が空（0バイト）です。作成が中断されたか、壊れています。バックアップから復元してください。",
                    "The vault {path} is empty (0 bytes): its creation was cut short or it is damaged. Restore it from a backup."),
    "db_constraint": ("保管庫の規則に反するため保存できませんでした（{detail}）。何も変更されていません。",
                      "Not saved: it breaks a rule of the vault ({detail}). Nothing was changed."),
    "not_a_file": ("保管庫のファイルがあるべき場所 {path} がファイルではありません（フォルダなど）。",
                   "{path}, where a vault file should be, is not a file (a folder, say)."),
    "no_access": ("{path} を読めません（{reason}）。ファイルの権限を確認してください。",
                  "Cannot read {path} ({reason}). Check the file's permissions."),
    "data_dir_not_folder": ("{path} はフォルダではありません。保管庫のフォルダを指定してください。",
                            "{path} is not a folder. Give the vault's folder."),
    "kdf_out_of_range": ("鍵ファイル {path} の鍵導出の設定 {name} = {value} が許される範囲（{min}〜{max}）を外れています。鍵ファイルが壊れているか書き換えられています。バックアップから復元してください。",
                         "The key file {path} asks for key derivation setting {name} = {value}, outside the allowed range ({min} to {max}). The key file is damaged or altered. Restore it from a backup."),
    "witness_missing": ("台帳の証跡ファイル {path}（保管庫の外に置くハッシュ連鎖の先頭の記録）がありません。削除された可能性があります。",
                        "The witness file {path} (the chain heads kept outside the vault) is missing; it may have been deleted."),
    "witness_damaged": ("証跡ファイル {path} が壊れているか、この保管庫のものではないか、書き換えられています。",
                        "The witness file {path} is damaged, belongs to another vault, or has been altered."),
    "chain_rolled_back": ("{chain} が巻き戻されています: 証跡では第{seq}号まで記録されていますが、保管庫には第{found}号までしかありません（記録の削除、又は古い状態への差し替え）。",
                          "{chain} has been rolled back: the witness records up to No. {seq}, the vault holds only up to No. {found} (entries deleted, or an older copy put in place)."),
    "chain_rewritten": ("{chain} の第{seq}号までの記録が証跡と一致しません（記録が書き換えられ、ハッシュ連鎖が計算し直されています）。",
                        "{chain} no longer matches the witness up to No. {seq} (entries were rewritten and the hash chain recomputed)."),
    "trigger_missing": ("記録を保護するトリガー「{name}」が削除されているか書き換えられています（改ざんの可能性）。",
                        "The trigger '{name}' that protects records has been dropped or altered (possible tampering)."),
    "vault_locked": ("保管庫はロックされています。", "The vault is locked."),
    "passphrase_too_short": ("パスフレーズは{min}文字以上にしてください。",
                             "The passphrase must have at least {min} characters."),
    "passphrase_empty": ("パスフレーズが入力されていません。", "No passphrase was given."),
    "passphrase_file_unreadable": ("パスフレーズファイル {path} を読めません。",
                                   "Cannot read the passphrase file {path}."),
    "keyring_unavailable": ("このPCでは資格情報の保管場所（キーリング）が使えないため、パスフレーズを記憶できません。毎回入力してください。",
                            "No keyring is available on this PC, so the passphrase cannot be remembered. Enter it each time."),
    "disk_full": ("ディスクの空き容量が足りず {path} を保存できませんでした。元のファイルはそのままです。空きを作ってからやり直してください。",
                  "Not enough disk space to save {path}. The previous file is unchanged. Free some space and try again."),
    "write_failed": ("{path} を保存できませんでした（{reason}）。元のファイルはそのままです。",
                     "Could not save {path} ({reason}). The previous file is unchanged."),
    # input
    "required": ("{field}を入力してください。", "{field} is required."),
    "too_long": ("{field}は{max}文字以内にしてください（現在{length}文字）。",
                 "{field} must be at most {max} characters (now {length})."),
    "control_char": ("{field}に使えない制御文字 {char} が含まれています。削除してください。",
                     "{field} contains the control character {char}, which is not allowed. Remove it."),
    "newline_in_line": ("{field}には改行を入れられません。", "{field} cannot contain a line break."),
    "unprintable_char": ("{field}の文字 {char} は印刷に使うフォントにないため使えません。別の文字に置き換えてください。",
                         "{field}: the character {char} is not in any font used for printing. Replace it."),
    "bad_date": ("{field}の日付「{value}」が正しくありません（例: 2026-03-31、令和8年3月31日、R8.3.31）。",
                 "{field}: '{value}' is not a valid date (e.g. 2026-03-31, 令和8年3月31日, R8.3.31)."),
    "bad_integer": ("{field}は整数で入力してください（「{value}」）。", "{field} must be a whole number ('{value}')."),
    "out_of_range": ("{field}は{min}から{max}の範囲で入力してください。", "{field} must be between {min} and {max}."),
    "bad_choice": ("{field}は次から選んでください: {choices}", "{field} must be one of: {choices}"),
    "bad_type": ("{field}の値の種類が正しくありません（{expected}が必要です）。",
                 "{field} has the wrong kind of value ({expected} expected)."),
    "unknown_field": ("{field}という項目はありません。", "There is no field named {field}."),
    "too_few_rows": ("{field}は{min}行以上必要です。", "{field} needs at least {min} rows."),
    "too_many_rows": ("{field}は{max}行までです（現在{count}行）。", "{field} allows at most {max} rows (now {count})."),
    "end_before_start": ("契約期間の終了日が開始日より前です。", "The contract ends before it starts."),
    "duplicate_number": ("契約番号「{number}」は既に別の契約で使われています。",
                         "Contract number '{number}' is already used by another contract."),
    "bad_quantity": ("{field}は「12480枚」「1式」のように数と単位で入力してください（「{value}」）。",
                     "{field} must be a number and a unit, like '12480枚' or '1式' ('{value}')."),
    # records and files
    "record": ("{record}: {problem}", "{record}: {problem}"),
    "not_found": ("{what}が見つかりません。", "{what} was not found."),
    "bad_dump": ("ダンプファイル {path} を読めません（{detail}）。", "Cannot read the dump file {path} ({detail})."),
    "dump_refused": ("ダンプは取り込みませんでした。次の問題があります:", "The dump was not loaded. Problems:"),
    "sha_mismatch": ("発行済み文書のPDFがSHA-256と一致しません（改ざん又は破損）。",
                     "The issued document's PDF does not match its SHA-256 (altered or damaged)."),
    "duplicate_version": ("同じ様式・版の文書が重複しています。", "The same form and version appears twice."),
    "unknown_contract": ("存在しない契約（id {id}）を参照しています。", "Refers to a contract that does not exist (id {id})."),
    "unknown_form": ("様式「{form}」はありません。", "There is no form '{form}'."),
    "office_incomplete": ("事業者情報（{fields}）が未入力です。様式に印刷されません。",
                          "Office details ({fields}) are missing; they will be blank on every form."),
    "no_contracts": ("契約が登録されていません。", "No contract is registered."),
    "integrity": ("保管庫の整合性検査で問題が見つかりました: {detail}", "The vault's integrity check found a problem: {detail}"),
    "form_definition": ("様式定義 {path} の {key}: {problem}", "Form definition {path}, {key}: {problem}"),
    "bad_json": ("{path} はJSONとして読めません（{detail}）。", "{path} is not valid JSON ({detail})."),
    "file_unreadable": ("{path} を読めません（{detail}）。", "Cannot read {path} ({detail})."),
    "ledger_altered": ("台帳の第{seq}号の記録が書き換えられています（ハッシュ連鎖が一致しません）。",
                       "Ledger entry No. {seq} has been altered (its hash chain does not match)."),
    "ledger_missing": ("台帳の第{seq}号の記録が削除されています（ハッシュ連鎖が途切れています）。",
                       "Ledger entry No. {seq} has been deleted (the hash chain is broken)."),
    "reconcile_mismatch": ("目録「{item}」: {formula}（マイナスになっています）。台帳の記録を確認してください。",
                           "List item '{item}': {formula} (negative). Check the ledger entries."),
    "reconcile_above_list": ("目録「{item}」: {formula}。目録の件数 {listed} を超えて保有しています。台帳を確認するか、目録を改訂してください。",
                             "List item '{item}': {formula}, more than the {listed} records the list states. Check the ledger or revise the list."),
    "held_after_end": ("契約は{end}に終了しましたが、目録「{item}」をまだ保有しています（{formula}）。返還・廃棄・消去するか、他の法令により保管するものは廃棄・消去証明書に記載してください（第12条第2項・第5項）。",
                       "The contract ended on {end}, but list item '{item}' is still held ({formula}). Return, destroy or erase it, "
                       "or list what another law requires you to keep on the destruction certificate (Art. 12(2), 12(5))."),
    "inventory_notice_required": ("目録「{name}」は東京都が明示した目録A又はCです。件名・件数等の修正は、東京都の修正通知の日付と文書番号を記録して行ってください（第3条第2項）。",
                                  "List item '{name}' is on list A or C, which Tokyo states: record Tokyo's revised notice "
                                  "(its date and reference) to change its title or count (Art. 3(2))."),
    "inventory_reason_required": ("目録B「{name}」の修正には理由を入力してください。修正は東京都への報告に載ります（第3条第2項）。",
                                  "Give the reason for revising list B item '{name}'; the revision is reported to Tokyo (Art. 3(2))."),
    "revision_future": ("修正の年月日 {date} が記録日より後です。", "The revision's date {date} is after the day it was recorded."),
    "revision_out_of_order": ("修正の年月日 {date} が前回の修正（{previous}）より前です。修正は日付の順に記録してください。",
                              "The revision's date {date} is before the previous revision ({previous}); record revisions in order."),
    "revision_broken": ("目録「{name}」の修正履歴が現在の記載とつながりません（修正前の値が前回の修正後の値と違います）。",
                        "The revisions of list item '{name}' do not add up to what the list says now."),
    "ledger_sums_stale": ("台帳の件数の集計が台帳の記録と一致しません。バックアップから復元するか、dump と load で作り直してください。",
                          "The ledger's kept totals do not match its entries. Restore a backup, or rebuild the vault with dump and load."),
    "inspection_overdue": ("定期点検（第11条第10項第3号）の期限 {due} を過ぎています。",
                           "The periodic inspection (Art. 11(10)(3)) was due on {due}."),
    "bad_correction": ("訂正元の記録（第{seq}号）がこの契約にないか、既に訂正されています。",
                       "The entry to correct (No. {seq}) is not in this contract or is already corrected."),
    "item_wrong_contract": ("目録の件名（id {id}）がこの契約にありません。", "The list item (id {id}) is not in this contract."),
    "dates_reversed": ("{end}が{start}より前になっています。", "{end} is before {start}."),
    "responsible_count": ("責任者（第5条第1項）は1名だけ定めてください（現在{count}名）。",
                          "Name exactly one responsible person (Art. 5(1)); now {count}."),
    "responsible_missing": ("責任者（第5条第1項）が定められていません。", "No responsible person is named (Art. 5(1))."),
    "auditor_missing": ("目録Cの特定個人情報等を扱う契約ですが、監査者（第5条第1項なお書き）が定められていません。",
                        "This contract handles list C (specific personal information) but names no auditor (Art. 5(1))."),
    "untrained": ("{name}（{role}）は、従事開始日 {start} までにこの契約の研修（第7条第3項）を受けていません。",
                  "{name} ({role}) attended no training for this contract by the start date {start} (Art. 7(3))."),
    "dispatch_unchecked": ("{name}（派遣労働者）の労働者派遣契約に秘密保持義務等が明記されていることの確認（第6条）が記録されていません。",
                           "{name} (dispatch worker): no record that the dispatch contract states the confidentiality duty (Art. 6)."),
    "pledge_missing": ("{name}の誓約書（第5条第4項）の署名日が記録されていません。",
                       "{name}: the signed date of the confidentiality pledge (Art. 5(4)) is not recorded."),
    "audit_action_overdue": ("監査の是正措置「{action}」の期限 {due} を過ぎています（第5条第3項）。",
                             "The corrective action '{action}' from an audit was due on {due} (Art. 5(3))."),
    "plan_topic_missing": ("研修計画に「{topic}」が含まれていません（第7条第2項）。この内容のない計画は発行できません。",
                           "The training plan does not include '{topic}' (Art. 7(2)); it cannot be issued without it."),
    "unknown_person": ("存在しない人員（id {id}）を参照しています。", "Refers to a person who does not exist (id {id})."),
    "duplicate_role": ("{name}は既に{role}として定められています。", "{name} already holds the role {role}."),
    "bad_role": ("役割「{role}」はありません（responsible / worker / auditor）。",
                 "There is no role '{role}' (responsible / worker / auditor)."),
    "scan_too_large": ("添付ファイルが大きすぎます（{size} MB、上限 {max} MB）。",
                       "The attached file is too large ({size} MB; the limit is {max} MB)."),
    "method_undeclared": ("{kind}方法「{method}」は、{date}までに届け出た方法ではありません（{article}）。届け出てから使ってください。",
                          "The {kind} method '{method}' was not declared by {date} ({article}). Declare it first."),
    "method_unknown": ("届け出た{kind}方法から選んでください。", "Choose one of the declared {kind} methods."),
    "equipment_unregistered": ("管理番号「{asset}」の機器は、{date}にこの契約で使用する機器として登録されていません（第11条第8項）。",
                               "Equipment '{asset}' is not registered for this contract on {date} (Art. 11(8))."),
    "duplicate_code": ("管理番号「{asset}」は既に登録されています。", "Asset number '{asset}' is already registered."),
    "self_check": ("送付者（{name}）は自分の送付を確認できません。別の人が確認してください（第11条第7項第4号）。",
                   "The sender ({name}) cannot check their own send; someone else must (Art. 11(7)(4))."),
    "check_items": ("確認事項(1)(2)(3)をすべて確認してください（第11条第7項）。",
                    "Confirm all three checks (1), (2) and (3) (Art. 11(7))."),
    "approver_not_responsible": ("送付方法の了解は、{date}時点のこの契約の責任者が行います（第11条第7項第4号）。",
                                 "The sending method is approved by the contract's responsible person as of {date} (Art. 11(7)(4))."),
    "check_before_send": ("確認日が送付日より前です。", "The check is dated before the send."),
    "send_open": ("{date}の送付「{what}」は、複数人による確認と責任者の了解が済んでいません（第11条第7項）。",
                  "The send of {date} ('{what}') lacks the second person's check or the responsible person's approval (Art. 11(7))."),
    "takeout_unapproved": ("{date}の持出しについて、東京都の承諾（第11条第4項）が記録されていません。承諾を得てから記録してください。",
                           "No approval by Tokyo (Art. 11(4)) is recorded for the take-out on {date}. Record the approval first."),
    "cloud_no_cert": ("クラウドサービス「{name}」の認定・認証の確認が記録されていません（第11条第9項）。",
                      "Cloud service '{name}': no certification is recorded (Art. 11(9))."),
    "cert_expired": ("クラウドサービス「{name}」の{scheme}（{reference}）は、{date}で有効期限が切れています（第11条第9項）。",
                     "Cloud service '{name}': {scheme} ({reference}) expired on {date} (Art. 11(9))."),
    "equipment_unattested": ("機器「{asset}」に、ファイル交換ソフト等の情報漏えいにつながるソフトウェアがないことの確認（第11条第9項）が記録されていません。",
                             "Equipment '{asset}': no record that it has no file-sharing or other leak-prone software (Art. 11(9))."),
    "unnotified_change": ("{what}「{name}」の{change}（{when}）が東京都に届け出られていません。効力が生じる前に変更届を提出してください（{article}）。",
                          "The {change} of {what} '{name}' ({when}) has not been notified to Tokyo. "
                          "Notify Tokyo before it takes effect ({article})."),
    "workplace_missing": ("作業場所（第11条第3項）が登録されていません。", "No work place is registered (Art. 11(3))."),
    # incidents (Art. 13, 16(2))
    "bad_time": ("{field}「{value}」は 14:30 のように24時間制で入力してください。", "{field}: '{value}' must be a 24-hour time like 14:30."),
    "incident_bad_place": ("発生場所の{kind}（id {id}）がこの契約にありません。", "The {kind} (id {id}) given as the place is not in this contract."),
    "incident_close_unreported": ("{name}は確報をまだ報告していないため、終結にできません（第13条第1項）。",
                                  "{name} cannot be closed before its final report (Art. 13(1))."),
    "incident_quick_due": ("{name}の速報を{due}までに東京都へ報告する（第13条第1項。発覚日 {discovered} から{days}日）",
                           "Send the first report on {name} to Tokyo by {due} (Art. 13(1); {days} days from discovery on {discovered})"),
    "incident_quick_overdue": ("{name}の速報（第13条第1項）の期限 {due}（発覚日 {discovered} から{days}日）を過ぎています。直ちに東京都へ報告してください。",
                               "The first report on {name} (Art. 13(1)) was due on {due} ({days} days from discovery on {discovered}). Report to Tokyo now."),
    "incident_final_due": ("{name}の確報を{due}までに東京都へ報告する（第13条第1項。発覚日 {discovered} から{days}日）",
                           "Send the final report on {name} to Tokyo by {due} (Art. 13(1); {days} days from discovery on {discovered})"),
    "incident_final_overdue": ("{name}の確報（第13条第1項）の期限 {due}（発覚日 {discovered} から{days}日）を過ぎています。",
                               "The final report on {name} (Art. 13(1)) was due on {due} ({days} days from discovery on {discovered})."),
    "incident_dispute_unnotified": ("{name}に関する第三者との紛争等（{date}）を、東京都に書面で通知していません（第16条第2項）。",
                                    "The dispute with a third party over {name} ({date}) has not been notified to Tokyo in writing (Art. 16(2))."),
    "final_before_quick": ("{name}の確報の日付 {final} が、速報の日付 {quick} より前です。",
                           "The final report on {name} is dated {final}, before its first report of {quick}."),
    "report_unknown_incident": ("報告書が、この契約にない事故（第{id}号）を指しています。",
                                "The report names an incident (No. {id}) that is not in this contract."),
    "csv_header": ("CSVの見出し行が違います。必要な列: {columns}", "The CSV header is wrong. Needed columns: {columns}"),
    "csv_row": ("{line}行目: {problem}", "Line {line}: {problem}"),
    "csv_unknown_item": ("目録の件名「{name}」がこの契約にありません。", "No list item '{name}' in this contract."),
    # backups (store/backup.py, areas/backup_service.py)
    "backup_damaged": ("バックアップ {path} は壊れているため使えません（{detail}）。現在の保管庫には手を付けていません。",
                       "The backup {path} is damaged and cannot be used ({detail}). The current vault was not touched."),
    "backup_folder_missing": ("バックアップ先 {path} が見つかりません。外付けディスクやUSBメモリを接続するか、別のフォルダを選んでください。",
                              "The backup folder {path} was not found. Connect the external disk or USB stick, or choose another folder."),
    "restore_target_not_empty": ("{path} は空ではありません。復元は既存のファイルを上書きしません。新しいフォルダを指定してください。",
                                 "{path} is not empty. A restore never overwrites files; choose a new folder."),
    "backup_written": ("バックアップを作成し、検証しました: {path}", "Backup written and verified: {path}"),
    "restored": ("{date}のバックアップを {path} に復元し、検証しました。その日のパスフレーズで開けます。",
                 "The backup of {date} was restored into {path} and verified. It opens with the passphrase of that day."),
    "backup_check_ok": ("バックアップの確認: {file}（{date}作成）を開き、暗号化・整合性・台帳のハッシュ連鎖を検証しました。異常なし。",
                        "Backup check: {file} (made {date}) was opened; encryption, integrity and the ledger chain verified. No problem."),
    "backup_check_failed": ("バックアップの確認: {file} は使えません。{reason}",
                            "Backup check: {file} cannot be used. {reason}"),
    "check_ok": ("問題は見つかりませんでした。", "No problems found."),
    "check_problems": ("{count}件の問題が見つかりました。", "{count} problem(s) found."),
    "created_vault": ("保管庫を作成しました: {path}", "Vault created: {path}"),
    "loaded_vault": ("ダンプから保管庫を作成しました: {path}", "Vault created from the dump: {path}"),
    "demo_created": ("デモ用の保管庫を作成しました: {path}", "Demo vault created: {path}"),
    "rendered": ("PDFを書き出しました: {path}", "PDF written: {path}"),
    "interrupted": ("中断しました。", "Interrupted."),
    # progress of long work (a CLI line on a terminal, a progress dialog in the GUI)
    "progress_demo": ("デモの台帳を作成中", "Building the demo ledger"),
    "progress_dump": ("台帳を書き出し中", "Writing the ledger"),
    "progress_load": ("台帳を検証して読み込み中", "Verifying and loading the ledger"),
    "progress_load_rules": ("読み込んだ台帳の記録を規則と照合中", "Checking the loaded entries against the rules"),
    "progress_integrity": ("保管庫の整合性を検査中", "Checking the vault's integrity"),
    "progress_chain": ("台帳のハッシュ連鎖を検証中", "Verifying the ledger's hash chain"),
    "progress_totals": ("台帳の集計を照合中", "Counting the ledger's totals again"),
    "progress_csv": ("台帳をCSVに書き出し中", "Exporting the ledger as CSV"),
    "progress_print": ("印刷する台帳の行を集めています", "Gathering the ledger rows to print"),
    "gui_libraries_missing": ("画面を開くためのライブラリが足りません。次を入れてから起動し直してください: sudo apt install {debian}（Fedora: sudo dnf install {fedora}）",
                              "The libraries the window needs are missing. Install them, then start again: sudo apt install {debian} (Fedora: sudo dnf install {fedora})"),
    "internal_error": ("予期しないエラーが起きました（{kind}）。データは変更されていません。",
                       "An unexpected error occurred ({kind}). No data was changed."),
}
