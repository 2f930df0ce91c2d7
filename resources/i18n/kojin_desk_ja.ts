<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>App</name>
    <message>
        <location filename="../../src/kojin_desk/ui/app.py" line="58"/>
        <source>Opening the vault</source>
        <translation>保管庫を開いています</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/app.py" line="103"/>
        <source>Demo vault</source>
        <translation>デモ用の保管庫</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/app.py" line="107"/>
        <source>Demo vault — passphrase: %s</source>
        <translation>デモ用の保管庫です — パスフレーズ: %s</translation>
    </message>
</context>
<context>
    <name>AuditsTab</name>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/audits_tab.py" line="27"/>
        <source>Record an audit…</source>
        <translation>監査を記録…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/audits_tab.py" line="28"/>
        <source>Add a corrective action…</source>
        <translation>是正措置を追加…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/audits_tab.py" line="29"/>
        <source>Edit or complete the action…</source>
        <translation>是正措置の編集・完了…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/audits_tab.py" line="32"/>
        <source>Corrective actions of the selected audit</source>
        <translation>選択した監査の是正措置</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/audits_tab.py" line="49"/>
        <source>Audit</source>
        <translation>監査</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/audits_tab.py" line="53"/>
        <source>Corrective action</source>
        <translation>是正措置</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../src/kojin_desk/ui/backup_dialog.py" line="35"/>
        <location filename="../../src/kojin_desk/ui/backup_dialog.py" line="101"/>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/backup_dialog.py" line="42"/>
        <source>Last good backup: %s</source>
        <translation>最後の正常なバックアップ: %s</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/backup_dialog.py" line="44"/>
        <source>the backup folder %s was not found (connect the disk or USB stick)</source>
        <translation>バックアップ先 %s が見つかりません（ディスクやUSBメモリを接続してください）</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/backup_dialog.py" line="46"/>
        <source>too old: back up now (Settings › Backups)</source>
        <translation>古くなっています。今すぐバックアップしてください（設定 › バックアップ）</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/backup_dialog.py" line="56"/>
        <source>Writing and verifying the encrypted backup…</source>
        <translation>暗号化したバックアップを作成し、検証しています…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/backup_dialog.py" line="57"/>
        <location filename="../../src/kojin_desk/ui/backup_dialog.py" line="149"/>
        <source>Backup</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/backup_dialog.py" line="81"/>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/backup_dialog.py" line="83"/>
        <source>Each backup holds the encrypted database and the key file of its day: it opens with the passphrase that was in use when it was made. Nothing in it is readable without that passphrase. Keep backups on another disk or a USB stick kept locked away; since the database key stays the same when the passphrase changes, an old backup and its old passphrase also open today&apos;s vault.</source>
        <translation>バックアップには、暗号化されたデータベースとその日の鍵ファイルが入っています。作成した日に使っていたパスフレーズで開けます。そのパスフレーズがなければ中身は読めません。バックアップは別のディスクや施錠保管するUSBメモリに置いてください。パスフレーズを変えてもデータベースの鍵は変わらないため、古いバックアップと古いパスフレーズで現在の保管庫も開けます。</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/backup_dialog.py" line="90"/>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/backup_dialog.py" line="108"/>
        <source>Folder</source>
        <translation>保存先フォルダ</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/backup_dialog.py" line="109"/>
        <source>Keep the newest</source>
        <translation>保持する件数（新しい順）</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/backup_dialog.py" line="110"/>
        <source>At unlock, back up when the last is older than (days)</source>
        <translation>ロック解除時、前回からこの日数が過ぎていればバックアップ（日）</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/backup_dialog.py" line="112"/>
        <source>Back up now</source>
        <translation>今すぐバックアップ</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/backup_dialog.py" line="113"/>
        <source>Restore…</source>
        <translation>復元…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/backup_dialog.py" line="114"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/backup_dialog.py" line="140"/>
        <source>Backup folder</source>
        <translation>バックアップ先フォルダ</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/backup_dialog.py" line="149"/>
        <source>Backup written and verified:
%s</source>
        <translation>バックアップを作成し、検証しました:
%s</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/backup_dialog.py" line="154"/>
        <source>Choose a backup</source>
        <translation>バックアップを選択</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/backup_dialog.py" line="155"/>
        <source>kojin_desk backups (*.kdbackup)</source>
        <translation>kojin_desk のバックアップ (*.kdbackup)</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/backup_dialog.py" line="166"/>
        <location filename="../../src/kojin_desk/ui/backup_dialog.py" line="177"/>
        <location filename="../../src/kojin_desk/ui/backup_dialog.py" line="197"/>
        <location filename="../../src/kojin_desk/ui/backup_dialog.py" line="224"/>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/backup_dialog.py" line="167"/>
        <source>Passphrase in use on %s (the day of the backup):</source>
        <translation>%s（バックアップ作成日）に使っていたパスフレーズ:</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/backup_dialog.py" line="178"/>
        <source>Restore the backup of %s.

Replace the current vault (it is kept, renamed, not deleted), or restore into a new, empty folder and leave the current vault as it is?</source>
        <translation>%s のバックアップを復元します。

現在の保管庫を置き換えますか（現在の保管庫は名前を変えて残し、削除しません）。それとも新しい空のフォルダに復元し、現在の保管庫はそのままにしますか。</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/backup_dialog.py" line="180"/>
        <source>Replace the current vault…</source>
        <translation>現在の保管庫を置き換える…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/backup_dialog.py" line="181"/>
        <source>Into a new folder…</source>
        <translation>新しいフォルダに復元…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/backup_dialog.py" line="188"/>
        <source>An empty folder for the restored vault</source>
        <translation>復元先の空のフォルダ</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/backup_dialog.py" line="198"/>
        <source>The backup of %s was restored into %s and verified. The current vault was not changed.</source>
        <translation>%s のバックアップを %s に復元し、検証しました。現在の保管庫は変更していません。</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/backup_dialog.py" line="208"/>
        <source>Replace the current vault</source>
        <translation>現在の保管庫の置き換え</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/backup_dialog.py" line="209"/>
        <source>The backup of %s was restored beside the current vault and verified.

Replace the current vault in %s (vault.db and vault.key, with every change made since the backup) by this backup? The current vault is kept in a folder named replaced-&lt;date and time&gt; inside that folder; nothing is deleted. Afterwards the vault opens with the passphrase of %s.</source>
        <translation>%s のバックアップを現在の保管庫の隣に復元し、検証しました。

%s にある現在の保管庫（vault.db と vault.key。バックアップ以降のすべての変更を含みます）をこのバックアップで置き換えますか。現在の保管庫は同じフォルダ内の replaced-&lt;日時&gt; フォルダに残し、削除しません。置き換え後は %s のパスフレーズで開きます。</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/backup_dialog.py" line="225"/>
        <source>The backup of %s is now the vault. The previous vault is kept in %s.</source>
        <translation>%s のバックアップを保管庫にしました。以前の保管庫は %s に残してあります。</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/movements_tab.py" line="49"/>
        <source>Check a send</source>
        <translation>送付の確認</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/movements_tab.py" line="58"/>
        <source>(1) The recipient and the contents are right</source>
        <translation>(1) 送付先及び送付物に誤りがない</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/movements_tab.py" line="59"/>
        <source>(2) Nothing of the recipient or the contents is visible to third parties</source>
        <translation>(2) 送付先の情報及び送付内容が第三者に知られない</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/movements_tab.py" line="60"/>
        <source>(3) The method fits the contents</source>
        <translation>(3) 送付物の内容に適した送付方法である</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/movements_tab.py" line="67"/>
        <source>%s: %s to %s, sent by %s</source>
        <translation>%s&#x3000;%s → %s（送付者：%s）</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/movements_tab.py" line="72"/>
        <source>Send</source>
        <translation>送付</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/movements_tab.py" line="73"/>
        <source>Checked by</source>
        <translation>確認者</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/movements_tab.py" line="74"/>
        <source>Date checked</source>
        <translation>確認日</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/movements_tab.py" line="77"/>
        <source>(4) Method approved by the responsible person</source>
        <translation>(4) 送付方法を了解した責任者</translation>
    </message>
</context>
<context>
    <name>CloudTab</name>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/area.py" line="46"/>
        <source>Cloud service</source>
        <translation>クラウドサービス</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/area.py" line="49"/>
        <source>Certification</source>
        <translation>認定・認証</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/area.py" line="50"/>
        <location filename="../../src/kojin_desk/ui/areas/places/area.py" line="75"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/area.py" line="54"/>
        <source>Certifications of the selected service (ISMAP, ISO/IEC 27001/27017/27018, JIS Q 27001)</source>
        <translation>選択したサービスの認定・認証（ISMAP、ISO/IEC 27001・27017・27018、JIS Q 27001）</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/area.py" line="75"/>
        <source>Delete the certification %s (%s)?</source>
        <translation>認定・認証 %s（%s）を削除しますか？</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/staff_wizard.py" line="165"/>
        <source>Contact chain for leaks and change procedure</source>
        <translation>漏えい等に備えた連絡・対処体制と変更手続</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/staff_wizard.py" line="166"/>
        <source>Who is called, in this order, when personal information may have leaked.</source>
        <translation>個人情報の漏えい等が発生し、又はそのおそれがあるときに、連絡する相手を順に記入します。</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/staff_wizard.py" line="169"/>
        <source>Who</source>
        <translation>連絡先（氏名・所属）</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/staff_wizard.py" line="169"/>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/staff_wizard.py" line="169"/>
        <source>Role and action</source>
        <translation>役割・対応内容</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/staff_wizard.py" line="173"/>
        <source>Add row</source>
        <translation>行を追加</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/staff_wizard.py" line="173"/>
        <source>Remove row</source>
        <translation>行を削除</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/staff_wizard.py" line="189"/>
        <source>Procedure for changing the responsible person or workers</source>
        <translation>責任者及び従事者を変更する場合の手続</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/staff_wizard.py" line="214"/>
        <source>Add at least one contact (Art. 4).</source>
        <translation>連絡先を少なくとも1件入力してください（第4条）。</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/csv_import_dialog.py" line="17"/>
        <source>Import CSV</source>
        <translation>CSV取り込み</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/csv_import_dialog.py" line="22"/>
        <source>The file cannot be read as CSV.</source>
        <translation>このファイルはCSVとして読めません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kojin_desk/ui/areas/ledger/csv_import_dialog.py" line="23"/>
        <source>%n row(s) ready to import.</source>
        <translation>
            <numerusform>%n行を取り込めます。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/csv_import_dialog.py" line="24"/>
        <source>Nothing will be imported until every row is correct:</source>
        <translation>すべての行が正しくなるまで、何も取り込みません:</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/csv_import_dialog.py" line="33"/>
        <source>Import</source>
        <translation>取り込む</translation>
    </message>
</context>
<context>
    <name>DashboardArea</name>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/dashboard.py" line="30"/>
        <source>Do this step</source>
        <translation>この作業を行う</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/dashboard.py" line="33"/>
        <source>What to do next</source>
        <translation>次にすること</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/dashboard.py" line="36"/>
        <source>Report an incident (leak, loss, damage)…</source>
        <translation>事故（漏えい・滅失・毀損）を報告する…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/dashboard.py" line="66"/>
        <source>Nothing is waiting for this contract.</source>
        <translation>この契約で待っている作業はありません。</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/dashboard.py" line="75"/>
        <source>Sensitive personal information</source>
        <translation>要配慮個人情報あり</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/dashboard.py" line="76"/>
        <source>Specific personal information (list C)</source>
        <translation>特定個人情報等（目録C）あり</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/dashboard.py" line="79"/>
        <source>Contract number</source>
        <translation>契約番号</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/dashboard.py" line="80"/>
        <source>Period</source>
        <translation>契約期間</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/dashboard.py" line="81"/>
        <source>Responsible section</source>
        <translation>所管</translation>
    </message>
</context>
<context>
    <name>DeclarationWizard</name>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/declaration_wizard.py" line="26"/>
        <source>Make the notification</source>
        <translation>届を作成</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/declaration_wizard.py" line="30"/>
        <source>Add, correct or end the entries; the notification lists those in use.</source>
        <translation>追加・修正・使用終了を入力します。届には使用中のものが載ります。</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/declaration_wizard.py" line="31"/>
        <source>Make the changes; the change notification lists what was added, ended or changed.</source>
        <translation>変更を入力します。変更届には追加・廃止・変更したものが載ります。</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/declaration_wizard.py" line="37"/>
        <source>Date of change</source>
        <translation>変更年月日</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/declaration_wizard.py" line="53"/>
        <source>Type dates like 2026-04-01 or R8.4.1.</source>
        <translation>日付は 2026-04-01 や R8.4.1 のように入力してください。</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/declaration_wizard.py" line="61"/>
        <source>Add at least one entry in use.</source>
        <translation>使用中のものを1件以上登録してください。</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/declaration_wizard.py" line="64"/>
        <source>Nothing has changed since the last notification.</source>
        <translation>前回の届出から変更はありません。</translation>
    </message>
</context>
<context>
    <name>DocumentsArea</name>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/documents.py" line="31"/>
        <source>Form</source>
        <translation>様式</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/documents.py" line="31"/>
        <source>Version</source>
        <translation>版</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/documents.py" line="31"/>
        <source>Date of issue</source>
        <translation>発行日</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/documents.py" line="32"/>
        <source>Issued at</source>
        <translation>発行日時</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/documents.py" line="43"/>
        <source>Make…</source>
        <translation>作成…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/documents.py" line="46"/>
        <source>New submission:</source>
        <translation>新しい提出書類:</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/documents.py" line="50"/>
        <source>Open / print…</source>
        <translation>表示・印刷…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/documents.py" line="53"/>
        <source>No document issued for this contract yet.</source>
        <translation>この契約で発行した文書はまだありません。</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/documents.py" line="55"/>
        <source>Documents</source>
        <translation>文書</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/documents.py" line="96"/>
        <source>%1 (version %2)</source>
        <translation>%1（第%2版）</translation>
    </message>
</context>
<context>
    <name>EntryRow</name>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/entry_row.py" line="45"/>
        <source>Save (Enter)</source>
        <translation>保存（Enter）</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/entry_row.py" line="96"/>
        <source>Correcting entry No. %s: save a corrected copy; the original stays.</source>
        <translation>第%s号を訂正中: 訂正した内容を新しい記録として保存します（元の記録は残ります）。</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/entry_row.py" line="134"/>
        <source>Saved as No. %s.</source>
        <translation>第%s号として保存しました。</translation>
    </message>
</context>
<context>
    <name>FormWizard</name>
    <message>
        <location filename="../../src/kojin_desk/ui/form_wizard.py" line="251"/>
        <source>Issue</source>
        <translation>発行</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/form_wizard.py" line="257"/>
        <source>Addressee, issuer and contract</source>
        <translation>宛先・発行者・契約</translation>
    </message>
</context>
<context>
    <name>IncidentsArea</name>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/incidents/area.py" line="54"/>
        <source>List item</source>
        <translation>目録の件名</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/incidents/area.py" line="54"/>
        <source>Medium</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/incidents/area.py" line="54"/>
        <source>Ledger No.</source>
        <translation>台帳番号</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/incidents/area.py" line="55"/>
        <source>Records</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/incidents/area.py" line="55"/>
        <source>Persons</source>
        <translation>本人の数</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/incidents/area.py" line="58"/>
        <source>Date</source>
        <translation>年月日</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/incidents/area.py" line="58"/>
        <source>Kind</source>
        <translation>区分</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/incidents/area.py" line="58"/>
        <source>With whom</source>
        <translation>相手方・担当者</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/incidents/area.py" line="58"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/incidents/area.py" line="61"/>
        <source>New incident…</source>
        <translation>事故を記録…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/incidents/area.py" line="66"/>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/incidents/area.py" line="67"/>
        <source>Days for the first report…</source>
        <translation>速報の目標日数…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/incidents/area.py" line="68"/>
        <source>Add from the lists…</source>
        <translation>目録から追加…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/incidents/area.py" line="69"/>
        <source>Person involved…</source>
        <translation>関係者…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/incidents/area.py" line="70"/>
        <source>Close…</source>
        <translation>終結…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/incidents/area.py" line="71"/>
        <source>What was affected (from the lists and the ledger)</source>
        <translation>漏えい等した個人情報等（目録・台帳から）</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/incidents/area.py" line="73"/>
        <source>Add to the timeline…</source>
        <translation>経過を記録…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/incidents/area.py" line="76"/>
        <source>First report (速報)…</source>
        <translation>速報を作成…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/incidents/area.py" line="77"/>
        <source>Final report (確報)…</source>
        <translation>確報を作成…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/incidents/area.py" line="78"/>
        <source>Dispute notice…</source>
        <translation>紛争等通知書…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/incidents/area.py" line="85"/>
        <source>Incidents</source>
        <translation>事故対応</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/incidents/area.py" line="109"/>
        <source>Contact chain for a leak (call in this order):</source>
        <translation>漏えい等の連絡・対処体制（この順に連絡）:</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/incidents/area.py" line="111"/>
        <source>No contact chain is set: set it in the People area (Art. 4).</source>
        <translation>連絡・対処体制が定められていません。「人員」で定めてください（第4条）。</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/incidents/area.py" line="117"/>
        <source>closed</source>
        <translation>終結</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/incidents/area.py" line="117"/>
        <source>open</source>
        <translation>対応中</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/incidents/area.py" line="130"/>
        <source>No incident recorded for this contract.</source>
        <translation>この契約の事故の記録はありません。</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/incidents/area.py" line="137"/>
        <source>Category: %s; discovered %s</source>
        <translation>事態の区分: %s&#x3000;発覚日: %s</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/incidents/area.py" line="138"/>
        <source>First report (速報) due %s: %s</source>
        <translation>速報の期限 %s: %s</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/incidents/area.py" line="139"/>
        <location filename="../../src/kojin_desk/ui/areas/incidents/area.py" line="141"/>
        <source>not made</source>
        <translation>未報告</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/incidents/area.py" line="140"/>
        <source>Final report (確報) due %s (%d days): %s</source>
        <translation>確報の期限 %s（%d日）: %s</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/incidents/area.py" line="142"/>
        <source>Persons: %s%s; records: %s</source>
        <translation>本人の数: %s%s人&#x3000;件数: %s件</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/incidents/area.py" line="142"/>
        <source>about </source>
        <translation>約</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/incidents/area.py" line="143"/>
        <source>PPC reportable: %s</source>
        <translation>報告対象事態（個人情報保護委員会）: %s</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/incidents/area.py" line="143"/>
        <source>none of 施行規則第7条</source>
        <translation>施行規則第7条の各号に該当なし</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/incidents/area.py" line="144"/>
        <source>Contract amount %s yen; penalty of Art. 16(5) (10%%): %s yen</source>
        <translation>契約金額 %s円&#x3000;第16条第5項の違約金（100分の10）: %s円</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/incidents/area.py" line="146"/>
        <source>Enter the contract amount (Edit contract) to see the penalty of Art. 16(5).</source>
        <translation>契約金額を入力すると（契約の編集）、第16条第5項の違約金を表示します。</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/incidents/area.py" line="152"/>
        <source>People involved: %s</source>
        <translation>関係者: %s</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/incidents/area.py" line="154"/>
        <source>Closed on %s</source>
        <translation>終結日 %s</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/incidents/area.py" line="188"/>
        <source>New incident</source>
        <translation>事故の記録</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/incidents/area.py" line="196"/>
        <source>Incident</source>
        <translation>事故</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/incidents/area.py" line="208"/>
        <source>First report</source>
        <translation>速報</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/incidents/area.py" line="208"/>
        <source>Days from discovery to the first report:</source>
        <translation>発覚から速報までの日数（3〜5日）:</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/incidents/area.py" line="224"/>
        <source>Add from the lists</source>
        <translation>目録から追加</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/incidents/area.py" line="224"/>
        <source>List item:</source>
        <translation>目録の件名:</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/incidents/area.py" line="239"/>
        <source>What was affected</source>
        <translation>漏えい等した個人情報等</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/incidents/area.py" line="249"/>
        <location filename="../../src/kojin_desk/ui/areas/incidents/area.py" line="252"/>
        <source>Person involved</source>
        <translation>関係者</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/incidents/area.py" line="249"/>
        <source>Person:</source>
        <translation>氏名:</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/incidents/area.py" line="252"/>
        <source>How involved (発見者, 当事者…):</source>
        <translation>関わり（発見者、当事者など）:</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/incidents/area.py" line="263"/>
        <source>Timeline</source>
        <translation>経過</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/incidents/area.py" line="283"/>
        <source>Close</source>
        <translation>終結</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/incidents/area.py" line="283"/>
        <source>Closed on (2026-07-31 / R8.7.31):</source>
        <translation>終結日（2026-07-31 / R8.7.31）:</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/incidents/area.py" line="292"/>
        <source>Closed on</source>
        <translation>終結日</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inspections_tab.py" line="39"/>
        <source>Record an inspection</source>
        <translation>点検の記録</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inspections_tab.py" line="42"/>
        <source>Media and backups are present and readable</source>
        <translation>外部記録媒体とバックアップがあり、読み出せる</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inspections_tab.py" line="43"/>
        <source>The data is accurate</source>
        <translation>個人情報等が正確である</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inspections_tab.py" line="44"/>
        <source>Kept as declared (safe, locked room)</source>
        <translation>届け出たとおりに保管している（金庫・施錠できる保管室）</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inspections_tab.py" line="48"/>
        <source>Date</source>
        <translation>年月日</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inspections_tab.py" line="49"/>
        <source>Inspector</source>
        <translation>点検者</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inspections_tab.py" line="52"/>
        <source>Verify a backup…</source>
        <translation>バックアップを検証…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inspections_tab.py" line="54"/>
        <source>Open a backup, check it (encryption, integrity, ledger chain) and write the result into the findings</source>
        <translation>バックアップを開いて検証し（暗号化・整合性・台帳のハッシュ連鎖）、結果を所見に記入します</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inspections_tab.py" line="57"/>
        <source>Findings</source>
        <translation>所見</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inspections_tab.py" line="58"/>
        <source>Follow-up</source>
        <translation>是正・フォローアップ</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inspections_tab.py" line="70"/>
        <source>Choose a backup</source>
        <translation>バックアップを選択</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inspections_tab.py" line="70"/>
        <source>kojin_desk backups (*.kdbackup)</source>
        <translation>kojin_desk のバックアップ (*.kdbackup)</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inspections_tab.py" line="83"/>
        <source>Verify a backup</source>
        <translation>バックアップの検証</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inspections_tab.py" line="84"/>
        <source>This backup is of another vault or key: its passphrase (of the day it was made):</source>
        <translation>別の保管庫（又は別の鍵）のバックアップです。作成日のパスフレーズ:</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inspections_tab.py" line="97"/>
        <source>Type dates like 2026-04-01 or R8.4.1.</source>
        <translation>日付は 2026-04-01 や R8.4.1 のように入力してください。</translation>
    </message>
</context>
<context>
    <name>InspectionsTab</name>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inspections_tab.py" line="117"/>
        <source>Save schedule</source>
        <translation>予定を保存</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inspections_tab.py" line="122"/>
        <source>Every</source>
        <translation>点検の間隔:</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inspections_tab.py" line="122"/>
        <source>months, first on</source>
        <translation>か月ごと、初回</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inspections_tab.py" line="128"/>
        <source>Date</source>
        <translation>年月日</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inspections_tab.py" line="128"/>
        <source>Inspector</source>
        <translation>点検者</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inspections_tab.py" line="128"/>
        <source>Media</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inspections_tab.py" line="129"/>
        <source>Accuracy</source>
        <translation>正確性</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inspections_tab.py" line="129"/>
        <source>Storage</source>
        <translation>保管状況</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inspections_tab.py" line="129"/>
        <source>Findings</source>
        <translation>所見</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inspections_tab.py" line="130"/>
        <source>Record an inspection…</source>
        <translation>点検を記録…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inspections_tab.py" line="146"/>
        <source>Next due: %s</source>
        <translation>次回の点検: %s</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inspections_tab.py" line="147"/>
        <source>No schedule yet.</source>
        <translation>点検の予定が未設定です。</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inspections_tab.py" line="162"/>
        <source>Type dates like 2026-04-01 or R8.4.1.</source>
        <translation>日付は 2026-04-01 や R8.4.1 のように入力してください。</translation>
    </message>
</context>
<context>
    <name>InstructionsPage</name>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/instructions/area.py" line="25"/>
        <source>Instruction or approval from Tokyo</source>
        <translation>東京都の指示・承諾</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/instructions/area.py" line="26"/>
        <source>Scan</source>
        <translation>スキャン</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/instructions/area.py" line="26"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/instructions/area.py" line="27"/>
        <source>Attach scan…</source>
        <translation>スキャンを添付…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/instructions/area.py" line="28"/>
        <source>Save scan as…</source>
        <translation>スキャンを保存…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/instructions/area.py" line="29"/>
        <source>Record here every instruction and approval received from Tokyo: copying (Art. 10), taking out or handling elsewhere (Art. 11(4)), the close-out method (Art. 12(2)), improvements (Art. 14) and answers to questions (Art. 17). A copy or a transport to an undeclared place is accepted in the ledger only under an approval recorded here.</source>
        <translation>東京都から受けた指示・承諾をすべてここに記録します。複写・複製（第10条）、持出し・作業場所外での取扱い（第11条第4項）、返還・廃棄・消去の方法（第12条第2項）、改善の指示（第14条）、疑義への回答（第17条）。台帳の複写・複製や、届け出ていない場所への運搬は、ここに記録した承諾がある場合に限り受け付けます。</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/instructions/area.py" line="35"/>
        <source>Tokyo&apos;s instructions and approvals</source>
        <translation>東京都の指示・承諾</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/instructions/area.py" line="54"/>
        <source>Attach scan</source>
        <translation>スキャンを添付</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/instructions/area.py" line="55"/>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>スキャン (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/instructions/area.py" line="78"/>
        <source>Save scan as</source>
        <translation>スキャンを保存</translation>
    </message>
</context>
<context>
    <name>InventoryTab</name>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inventory_tab.py" line="39"/>
        <source>List</source>
        <translation>目録</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inventory_tab.py" line="39"/>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inventory_tab.py" line="39"/>
        <source>Records</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inventory_tab.py" line="39"/>
        <source>Media</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inventory_tab.py" line="34"/>
        <source>Received</source>
        <translation>受領</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inventory_tab.py" line="34"/>
        <source>Acquired</source>
        <translation>取得</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inventory_tab.py" line="34"/>
        <source>Created</source>
        <translation>作成</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inventory_tab.py" line="35"/>
        <source>Returned</source>
        <translation>返還</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inventory_tab.py" line="35"/>
        <source>Copied</source>
        <translation>複写・複製</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inventory_tab.py" line="35"/>
        <source>Destroyed</source>
        <translation>廃棄</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inventory_tab.py" line="36"/>
        <source>Erased</source>
        <translation>消去</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inventory_tab.py" line="41"/>
        <source>Held</source>
        <translation>保有</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inventory_tab.py" line="41"/>
        <source>Status</source>
        <translation>照合</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inventory_tab.py" line="45"/>
        <source>Add item…</source>
        <translation>件名を追加…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inventory_tab.py" line="45"/>
        <source>Edit item…</source>
        <translation>件名を編集…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inventory_tab.py" line="46"/>
        <source>Print lists…</source>
        <translation>目録を印刷…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inventory_tab.py" line="78"/>
        <source>Negative</source>
        <translation>マイナス</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inventory_tab.py" line="78"/>
        <source>Above the list</source>
        <translation>目録の件数超過</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inventory_tab.py" line="79"/>
        <source>Held after the contract</source>
        <translation>契約終了後も保有</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inventory_tab.py" line="80"/>
        <source>OK</source>
        <translation>一致</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inventory_tab.py" line="88"/>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inventory_tab.py" line="89"/>
        <source>Tokyo&apos;s revised notice</source>
        <translation>東京都の修正通知</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inventory_tab.py" line="88"/>
        <source>Date of Tokyo&apos;s revised notice (lists A and C are Tokyo&apos;s, Art. 3(2)):</source>
        <translation>東京都の修正通知の日付（目録A・Cは東京都が明示するものです。第3条第2項）:</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inventory_tab.py" line="89"/>
        <source>Reference number of Tokyo&apos;s notice:</source>
        <translation>東京都の修正通知の文書番号:</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inventory_tab.py" line="91"/>
        <source>Revise list B</source>
        <translation>目録Bの修正</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inventory_tab.py" line="91"/>
        <source>Reason for the revision (reported to Tokyo, Art. 3(2)):</source>
        <translation>修正の理由（東京都への報告に載ります。第3条第2項）:</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inventory_tab.py" line="103"/>
        <source>Add list item</source>
        <translation>目録に追加</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inventory_tab.py" line="113"/>
        <source>Edit list item</source>
        <translation>目録の件名を編集</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/inventory_tab.py" line="128"/>
        <source>Lists A/B/C</source>
        <translation>目録A・B・C</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/labels.py" line="13"/>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/labels.py" line="14"/>
        <source>Date and time</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/labels.py" line="15"/>
        <source>Kind</source>
        <translation>区分</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/labels.py" line="16"/>
        <source>Item</source>
        <translation>件名（目録）</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/labels.py" line="17"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/labels.py" line="18"/>
        <source>Medium</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/labels.py" line="19"/>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/labels.py" line="20"/>
        <source>Person in charge</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/labels.py" line="21"/>
        <source>From / to</source>
        <translation>相手方</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/labels.py" line="22"/>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/labels.py" line="23"/>
        <source>Equipment</source>
        <translation>使用機器</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/labels.py" line="24"/>
        <source>Corrects</source>
        <translation>訂正元</translation>
    </message>
</context>
<context>
    <name>LedgerArea</name>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/area.py" line="227"/>
        <source>Ledger</source>
        <translation>管理台帳</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/area.py" line="228"/>
        <source>Lists A/B/C</source>
        <translation>目録A・B・C</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/area.py" line="229"/>
        <source>Inspections</source>
        <translation>定期点検</translation>
    </message>
</context>
<context>
    <name>LedgerTab</name>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/area.py" line="64"/>
        <source>Search all columns</source>
        <translation>全項目から検索</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/area.py" line="65"/>
        <source>from (R8.4.1)</source>
        <translation>開始日（R8.4.1）</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/area.py" line="66"/>
        <source>to</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/area.py" line="67"/>
        <source>person</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/area.py" line="78"/>
        <source>Filter:</source>
        <translation>絞り込み:</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/area.py" line="83"/>
        <source>Correct selected…</source>
        <translation>選択した記録を訂正…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/area.py" line="83"/>
        <source>Receipt (受領書)…</source>
        <translation>受領書を作成…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/area.py" line="84"/>
        <source>Print ledger…</source>
        <translation>台帳を印刷…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/area.py" line="84"/>
        <source>Export CSV…</source>
        <translation>CSV書き出し…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/area.py" line="85"/>
        <source>Import CSV…</source>
        <translation>CSV取り込み…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/area.py" line="85"/>
        <source>Incident…</source>
        <translation>事故を記録…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/area.py" line="108"/>
        <source>(all)</source>
        <translation>（すべて）</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/area.py" line="126"/>
        <source>Type dates like 2026-04-01 or R8.4.1.</source>
        <translation>日付は 2026-04-01 や R8.4.1 のように入力してください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kojin_desk/ui/areas/ledger/area.py" line="146"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/area.py" line="186"/>
        <source>Print ledger</source>
        <translation>台帳を印刷</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/area.py" line="195"/>
        <source>Handling ledger</source>
        <translation>個人情報等管理台帳</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/area.py" line="198"/>
        <location filename="../../src/kojin_desk/ui/areas/ledger/area.py" line="203"/>
        <source>Export CSV</source>
        <translation>CSV書き出し</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/area.py" line="215"/>
        <source>Import CSV</source>
        <translation>CSV取り込み</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../../src/kojin_desk/ui/setup_wizard.py" line="107"/>
        <source>Where the vault lives</source>
        <translation>保管庫の場所</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/setup_wizard.py" line="108"/>
        <source>An encrypted file in this folder. Back it up with your usual backups.</source>
        <translation>このフォルダに暗号化されたファイルとして保存します。通常のバックアップに含めてください。</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/setup_wizard.py" line="111"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/setup_wizard.py" line="122"/>
        <source>Vault folder</source>
        <translation>保管庫のフォルダ</translation>
    </message>
</context>
<context>
    <name>LogPeriodDialog</name>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/log_period_dialog.py" line="24"/>
        <source>Print the log</source>
        <translation>記録簿の印刷</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/log_period_dialog.py" line="34"/>
        <source>R8.4.1 or 2026-04-01</source>
        <translation>R8.4.1 または 2026-04-01</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/log_period_dialog.py" line="39"/>
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/log_period_dialog.py" line="40"/>
        <source>To (inclusive)</source>
        <translation>終了日（当日を含む）</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/log_period_dialog.py" line="44"/>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/log_period_dialog.py" line="57"/>
        <source>Type dates like 2026-04-01 or R8.4.1.</source>
        <translation>日付は 2026-04-01 や R8.4.1 のように入力してください。</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/log_period_dialog.py" line="60"/>
        <source>The period ends before it starts.</source>
        <translation>終了日が開始日より前です。</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/log_period_dialog.py" line="65"/>
        <source>No send or transport in this period.</source>
        <translation>この期間の送付・運搬の記録はありません。</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/log_period_dialog.py" line="68"/>
        <source>This period holds %1 sends and transports; one log takes at most %2. Choose a shorter period.</source>
        <translation>この期間の送付・運搬は%1件あります。1冊の記録簿に載せられるのは%2件までです。期間を短くしてください。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="97"/>
        <source>Contract:</source>
        <translation>契約:</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="99"/>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="214"/>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="220"/>
        <source>New contract</source>
        <translation>新しい契約</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="99"/>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="229"/>
        <source>Edit contract</source>
        <translation>契約を編集</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="100"/>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="235"/>
        <source>Company</source>
        <translation>事業者情報</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="100"/>
        <source>Lock</source>
        <translation>ロック</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="104"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="113"/>
        <source>Dates</source>
        <translation>日付の表示</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="115"/>
        <source>Japanese era (令和8年)</source>
        <translation>和暦（令和8年）</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="115"/>
        <source>Western (2026年)</source>
        <translation>西暦（2026年）</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="122"/>
        <source>Auto-lock…</source>
        <translation>自動ロック…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="123"/>
        <source>Change passphrase…</source>
        <translation>パスフレーズの変更…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="124"/>
        <source>Forget the passphrase on this PC</source>
        <translation>このPCでのパスフレーズ記憶を解除</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="130"/>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="105"/>
        <source>Language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="125"/>
        <source>Backups…</source>
        <translation>バックアップ…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="133"/>
        <source>Documents</source>
        <translation>文書</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="134"/>
        <source>Export</source>
        <translation>提出用ファイル</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="135"/>
        <source>The encrypted package for the bureau.</source>
        <translation>所管課へ提出する暗号化ファイル。</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="221"/>
        <source>The contract was saved. Next, choose the responsible person and the workers: Tokyo must be notified of them before the work starts (Art. 5(1)). You can also do this later from People.</source>
        <translation>契約を保存しました。続いて、責任者と従事者を選びます。作業を始める前に東京都へ届け出る必要があるためです（第5条第1項）。後で「人員」から行うこともできます。</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="248"/>
        <source>Auto-lock</source>
        <translation>自動ロック</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="248"/>
        <source>Lock after this many idle minutes (0 = never):</source>
        <translation>操作がないままこの分数が過ぎたらロックします（0 = ロックしない）:</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="258"/>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="261"/>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="264"/>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="268"/>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="275"/>
        <source>Change passphrase</source>
        <translation>パスフレーズの変更</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="258"/>
        <source>Current passphrase:</source>
        <translation>現在のパスフレーズ:</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="261"/>
        <source>New passphrase (8 characters or more):</source>
        <translation>新しいパスフレーズ（8文字以上）:</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="264"/>
        <source>New passphrase again:</source>
        <translation>新しいパスフレーズ（確認）:</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="268"/>
        <source>The two passphrases differ.</source>
        <translation>2つのパスフレーズが違います。</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="275"/>
        <source>The passphrase was changed.</source>
        <translation>パスフレーズを変更しました。</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="285"/>
        <source>This PC no longer remembers the passphrase.</source>
        <translation>このPCはパスフレーズを記憶しなくなりました。</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="307"/>
        <source>Locked. The vault is closed.</source>
        <translation>ロック中です。保管庫は閉じています。</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="309"/>
        <source>Unlock…</source>
        <translation>開く…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="311"/>
        <source>Unlock</source>
        <translation>開く</translation>
    </message>
</context>
<context>
    <name>MovementLogModel</name>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/log_model.py" line="26"/>
        <source>Date</source>
        <translation>年月日</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/log_model.py" line="26"/>
        <source>Kind</source>
        <translation>区分</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/log_model.py" line="26"/>
        <source>Check</source>
        <translation>確認</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/log_model.py" line="26"/>
        <source>What</source>
        <translation>送付物・運搬物</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/log_model.py" line="26"/>
        <source>To</source>
        <translation>送付先・運搬先</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/log_model.py" line="27"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/log_model.py" line="27"/>
        <source>Equipment</source>
        <translation>使用機器</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/log_model.py" line="27"/>
        <source>Sender</source>
        <translation>送付者</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/log_model.py" line="96"/>
        <source>Checked by %s</source>
        <translation>確認済み（%s）</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/log_model.py" line="98"/>
        <source>Open: needs a second person&apos;s check</source>
        <translation>未確認：別の人の確認が必要</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/log_model.py" line="100"/>
        <source>Send</source>
        <translation>送付</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/log_model.py" line="100"/>
        <source>Transport</source>
        <translation>運搬</translation>
    </message>
</context>
<context>
    <name>MovementsTab</name>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/movements_tab.py" line="112"/>
        <source>Open sends only</source>
        <translation>未確認のみ</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/movements_tab.py" line="118"/>
        <source>Record a send or transport…</source>
        <translation>送付・運搬を記録…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/movements_tab.py" line="119"/>
        <source>Record the check…</source>
        <translation>確認を記録…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/movements_tab.py" line="120"/>
        <source>Print the log…</source>
        <translation>記録簿を印刷…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/movements_tab.py" line="121"/>
        <source>Incident…</source>
        <translation>事故を記録…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kojin_desk/ui/areas/places/movements_tab.py" line="135"/>
        <source>%n sends and transports</source>
        <translation>
            <numerusform>%n件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/movements_tab.py" line="155"/>
        <source>Check a send</source>
        <translation>送付の確認</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/movements_tab.py" line="155"/>
        <source>Select the send to check in the list first.</source>
        <translation>確認する送付を一覧で選んでください。</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../src/kojin_desk/ui/setup_wizard.py" line="33"/>
        <source>Your company</source>
        <translation>事業者情報</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/setup_wizard.py" line="34"/>
        <source>Printed as the issuer on every form. You can change it later.</source>
        <translation>すべての様式に発行者として印刷されます。後から変更できます。</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../src/kojin_desk/ui/setup_wizard.py" line="52"/>
        <location filename="../../src/kojin_desk/ui/setup_wizard.py" line="74"/>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/setup_wizard.py" line="54"/>
        <source>The vault is encrypted (SQLCipher, AES-256). Without the passphrase nobody, including us, can open it: keep it safe.</source>
        <translation>保管庫は暗号化されます（SQLCipher、AES-256）。パスフレーズがなければ誰も（開発者も）開けません。大切に保管してください。</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/setup_wizard.py" line="67"/>
        <source>Remember on this PC (OS keyring)</source>
        <translation>このPCで記憶する（OSの資格情報に保存）</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/setup_wizard.py" line="71"/>
        <source>Remember on this PC: not possible, no keyring is available on this PC.</source>
        <translation>このPCで記憶する: できません（このPCでは資格情報の保管場所（キーリング）が使えません）。</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/setup_wizard.py" line="75"/>
        <source>Passphrase again</source>
        <translation>パスフレーズ（確認）</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/setup_wizard.py" line="78"/>
        <source>Encryption of stored personal data:</source>
        <translation>保存する個人情報の暗号化:</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/setup_wizard.py" line="87"/>
        <source>Too short (8 characters or more)</source>
        <translation>短すぎます（8文字以上）</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/setup_wizard.py" line="87"/>
        <source>Weak</source>
        <translation>弱い</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/setup_wizard.py" line="87"/>
        <source>Fair</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/setup_wizard.py" line="88"/>
        <source>Good</source>
        <translation>良い</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/setup_wizard.py" line="88"/>
        <source>Strong</source>
        <translation>強い</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/setup_wizard.py" line="98"/>
        <source>The two passphrases differ.</source>
        <translation>2つのパスフレーズが違います。</translation>
    </message>
</context>
<context>
    <name>PdfView</name>
    <message>
        <location filename="../../src/kojin_desk/ui/pdf_view.py" line="57"/>
        <source>「%1」 version %2 was issued and is kept in the vault (Documents). Save a copy as PDF to send or print it?</source>
        <translation>「%1」第%2版を発行しました。保管庫に保存され、「文書」からいつでも開けます。提出や印刷のためにPDFとしても保存しますか？</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/pdf_view.py" line="60"/>
        <source>Issued</source>
        <translation>発行しました</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/pdf_view.py" line="79"/>
        <source>Saved as %1</source>
        <translation>保存しました: %1</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/pdf_view.py" line="80"/>
        <source>Saved</source>
        <translation>保存しました</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/pdf_view.py" line="115"/>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/pdf_view.py" line="116"/>
        <source>Save PDF…</source>
        <translation>PDF保存…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/pdf_view.py" line="64"/>
        <location filename="../../src/kojin_desk/ui/pdf_view.py" line="141"/>
        <source>Save PDF</source>
        <translation>PDF保存</translation>
    </message>
</context>
<context>
    <name>PeopleArea</name>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/area.py" line="102"/>
        <source>Structure</source>
        <translation>体制</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/area.py" line="103"/>
        <source>Registry</source>
        <translation>人員名簿</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/area.py" line="105"/>
        <source>Pledges and dispatch</source>
        <translation>誓約書・派遣</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/area.py" line="106"/>
        <source>Training</source>
        <translation>研修</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/area.py" line="107"/>
        <source>Audits</source>
        <translation>監査</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/area.py" line="110"/>
        <source>People</source>
        <translation>人員</translation>
    </message>
</context>
<context>
    <name>PlaceLists</name>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/place_lists.py" line="17"/>
        <source>Work place</source>
        <translation>作業場所</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/place_lists.py" line="21"/>
        <source>Transport method</source>
        <translation>運搬方法</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/place_lists.py" line="22"/>
        <source>Sending method</source>
        <translation>送付方法</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/place_lists.py" line="23"/>
        <source>Declared on</source>
        <translation>届出日</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/place_lists.py" line="29"/>
        <source>Not yet declared</source>
        <translation>未届出</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/place_lists.py" line="37"/>
        <source>Equipment</source>
        <translation>使用機器</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/place_lists.py" line="44"/>
        <source>Take-out</source>
        <translation>持出し</translation>
    </message>
</context>
<context>
    <name>PlaceholderArea</name>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/placeholder.py" line="15"/>
        <source>Not built yet in this version.</source>
        <translation>この版ではまだ作られていません。</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/placeholder.py" line="19"/>
        <source>Articles:</source>
        <translation>根拠条項:</translation>
    </message>
</context>
<context>
    <name>PlacesArea</name>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/area.py" line="106"/>
        <source>Work place notification…</source>
        <translation>作業場所届…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/area.py" line="108"/>
        <source>Transport notification…</source>
        <translation>運搬方法届…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/area.py" line="109"/>
        <source>Sending notification…</source>
        <translation>送付方法届…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/area.py" line="111"/>
        <source>Request form…</source>
        <translation>持出承諾申請書…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/area.py" line="116"/>
        <source>Work places</source>
        <translation>作業場所</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/area.py" line="116"/>
        <source>Equipment</source>
        <translation>使用機器</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/area.py" line="117"/>
        <source>Cloud services</source>
        <translation>クラウドサービス</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/area.py" line="118"/>
        <source>Transport and sending methods</source>
        <translation>運搬・送付方法</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/area.py" line="119"/>
        <source>Send log</source>
        <translation>送付・運搬記録</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/area.py" line="119"/>
        <source>Take-outs</source>
        <translation>持出し</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/places/area.py" line="123"/>
        <source>Places &amp; methods</source>
        <translation>作業場所・運搬・送付</translation>
    </message>
</context>
<context>
    <name>PledgesTab</name>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/pledges_tab.py" line="35"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/pledges_tab.py" line="35"/>
        <source>Employment</source>
        <translation>雇用区分</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/pledges_tab.py" line="35"/>
        <location filename="../../src/kojin_desk/ui/areas/people/pledges_tab.py" line="88"/>
        <source>Pledge signed</source>
        <translation>誓約書の署名日</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/pledges_tab.py" line="36"/>
        <source>Scan</source>
        <translation>スキャン</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/pledges_tab.py" line="36"/>
        <source>Dispatch contract checked</source>
        <translation>派遣契約の確認</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/pledges_tab.py" line="39"/>
        <source>Print pledge…</source>
        <translation>誓約書を印刷…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/pledges_tab.py" line="40"/>
        <source>Record signed date…</source>
        <translation>署名日を記録…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/pledges_tab.py" line="41"/>
        <source>Attach signed scan…</source>
        <translation>署名済みスキャンを添付…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/pledges_tab.py" line="42"/>
        <source>Save scan as…</source>
        <translation>スキャンを保存…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/pledges_tab.py" line="43"/>
        <source>Dispatch contract…</source>
        <translation>派遣契約の確認…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/pledges_tab.py" line="59"/>
        <location filename="../../src/kojin_desk/ui/areas/people/pledges_tab.py" line="61"/>
        <source>Not yet</source>
        <translation>未</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/pledges_tab.py" line="88"/>
        <source>Date signed (e.g. R8.4.1):</source>
        <translation>署名日（例: R8.4.1）:</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/pledges_tab.py" line="96"/>
        <source>Attach signed scan</source>
        <translation>署名済みスキャンを添付</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/pledges_tab.py" line="97"/>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>スキャン (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/pledges_tab.py" line="120"/>
        <source>Save scan as</source>
        <translation>スキャンを保存</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/pledges_tab.py" line="133"/>
        <source>Dispatch contract</source>
        <translation>労働者派遣契約の確認</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../src/kojin_desk/ui/form_wizard.py" line="220"/>
        <location filename="../../src/kojin_desk/ui/form_wizard.py" line="230"/>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/form_wizard.py" line="221"/>
        <source>Check the form as it will be printed. Issue keeps it in the vault for good.</source>
        <translation>印刷される内容を確認してください。「発行」すると保管庫に確定版として保存され、後から変更できません。</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <location filename="../../src/kojin_desk/ui/record_list.py" line="27"/>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/record_list.py" line="27"/>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
</context>
<context>
    <name>RegistryTab</name>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/registry_tab.py" line="21"/>
        <source>Add a person…</source>
        <translation>人員を追加…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/registry_tab.py" line="21"/>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/registry_tab.py" line="41"/>
        <source>Add a person</source>
        <translation>人員を追加</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/registry_tab.py" line="46"/>
        <source>Edit a person</source>
        <translation>人員を編集</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/staff_wizard.py" line="46"/>
        <source>Responsible person and workers</source>
        <translation>責任者及び従事者</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/staff_wizard.py" line="47"/>
        <source>Choose exactly one responsible person, the workers and, for list C data, the auditor.</source>
        <translation>責任者を1名、従事者、目録Cのデータがあれば監査者を選びます。</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/staff_wizard.py" line="52"/>
        <source>Add a person…</source>
        <translation>人員を追加…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/staff_wizard.py" line="56"/>
        <source>Roles start (or end) on</source>
        <translation>従事の開始（終了）日</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/staff_wizard.py" line="64"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/staff_wizard.py" line="64"/>
        <source>Department and position</source>
        <translation>所属・役職</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/staff_wizard.py" line="64"/>
        <source>Employment</source>
        <translation>雇用区分</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/staff_wizard.py" line="65"/>
        <source>Role</source>
        <translation>区分</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/staff_wizard.py" line="65"/>
        <source>Scope of work</source>
        <translation>担当する業務</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/staff_wizard.py" line="99"/>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/staff_wizard.py" line="111"/>
        <source>Add a person</source>
        <translation>人員を追加</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/staff_wizard.py" line="148"/>
        <source>Type dates like 2026-04-01 or R8.4.1.</source>
        <translation>日付は 2026-04-01 や R8.4.1 のように入力してください。</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/send_dialog.py" line="26"/>
        <source>Record a send or transport</source>
        <translation>送付・運搬の記録</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/send_dialog.py" line="28"/>
        <source>Send</source>
        <translation>送付</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/send_dialog.py" line="29"/>
        <source>Transport</source>
        <translation>運搬</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/send_dialog.py" line="41"/>
        <source>(none: paper)</source>
        <translation>（なし：紙）</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/send_dialog.py" line="45"/>
        <source>Kind</source>
        <translation>区分</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/send_dialog.py" line="45"/>
        <source>Method (declared)</source>
        <translation>方法（届出済み）</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/send_dialog.py" line="46"/>
        <source>Date and time</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/send_dialog.py" line="46"/>
        <source>Item (list)</source>
        <translation>件名（目録）</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/send_dialog.py" line="47"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/send_dialog.py" line="47"/>
        <source>Medium</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/send_dialog.py" line="48"/>
        <source>From (work place)</source>
        <translation>送付元（作業場所）</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/send_dialog.py" line="48"/>
        <source>To</source>
        <translation>送付先・運搬先</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/send_dialog.py" line="49"/>
        <source>Equipment used</source>
        <translation>使用機器</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/send_dialog.py" line="49"/>
        <source>Sender</source>
        <translation>送付者</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/ledger/send_dialog.py" line="78"/>
        <source> (not declared)</source>
        <translation>（未届出）</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/training_tab.py" line="25"/>
        <source>Training session</source>
        <translation>研修の記録</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/training_tab.py" line="31"/>
        <source>(not on this contract)</source>
        <translation>（この契約の従事者ではない）</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/training_tab.py" line="38"/>
        <source>Attendees</source>
        <translation>受講者</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../src/kojin_desk/ui/setup_wizard.py" line="132"/>
        <source>kojin_desk — first setup</source>
        <translation>kojin_desk — 初期設定</translation>
    </message>
</context>
<context>
    <name>StaffWizard</name>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/staff_wizard.py" line="225"/>
        <source>Staff registration</source>
        <translation>責任者・従事者の登録</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/staff_wizard.py" line="226"/>
        <source>Save and make the notification</source>
        <translation>保存して届を作成</translation>
    </message>
</context>
<context>
    <name>StructureTab</name>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/area.py" line="38"/>
        <source>Role</source>
        <translation>区分</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/area.py" line="38"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/area.py" line="38"/>
        <source>Department and position</source>
        <translation>所属・役職</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/area.py" line="39"/>
        <source>Employment</source>
        <translation>雇用区分</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/area.py" line="39"/>
        <source>Scope of work</source>
        <translation>担当する業務</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/area.py" line="39"/>
        <source>Since</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/area.py" line="40"/>
        <source>Trained</source>
        <translation>研修受講日</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/area.py" line="40"/>
        <source>Pledge signed</source>
        <translation>誓約書の署名日</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/area.py" line="44"/>
        <source>Register or change staff and notify Tokyo…</source>
        <translation>責任者・従事者の登録・変更と届出…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/area.py" line="45"/>
        <source>Auditor notification…</source>
        <translation>監査者届…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/area.py" line="70"/>
        <location filename="../../src/kojin_desk/ui/areas/people/area.py" line="71"/>
        <source>Not yet</source>
        <translation>未</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/area.py" line="89"/>
        <source>Nothing has changed since the last notification.</source>
        <translation>前回の届出から変更はありません。</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../../src/kojin_desk/ui/form_wizard.py" line="156"/>
        <source>Add row</source>
        <translation>行を追加</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/form_wizard.py" line="156"/>
        <source>Remove row</source>
        <translation>行を削除</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/form_wizard.py" line="168"/>
        <source>Dates may be typed as R8.3.31; the print shows 和暦.</source>
        <translation>日付は R8.3.31 のようにも入力できます。印刷は和暦です。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kojin_desk/ui/form_wizard.py" line="169"/>
        <source>At least %n row(s).</source>
        <translation>
            <numerusform>%n行以上入力してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingTab</name>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/training_tab.py" line="67"/>
        <source>Attendees</source>
        <translation>受講者</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/training_tab.py" line="70"/>
        <source>Training plan…</source>
        <translation>研修計画書…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/training_tab.py" line="71"/>
        <source>Record a session…</source>
        <translation>研修を記録…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/training_tab.py" line="72"/>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/training_tab.py" line="73"/>
        <source>Print the record…</source>
        <translation>実施記録を印刷…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/people/training_tab.py" line="75"/>
        <source>Each responsible person and worker attends a session before starting work on this contract.</source>
        <translation>責任者及び従事者は、この契約の業務に従事する前に少なくとも1回研修を受けます（第7条第3項）。</translation>
    </message>
</context>
<context>
    <name>Unexpected</name>
    <message>
        <location filename="../../src/kojin_desk/ui/unexpected.py" line="24"/>
        <source>“%1” could not be completed because of an unexpected problem.</source>
        <translation>予期しない問題が起きたため、「%1」を完了できませんでした。</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/unexpected.py" line="26"/>
        <source>The last operation could not be completed because of an unexpected problem.</source>
        <translation>予期しない問題が起きたため、操作を完了できませんでした。</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/unexpected.py" line="27"/>
        <source>Check whether your last input was saved and try again. The vault itself is not affected.</source>
        <translation>直前の入力が保存されているかを確かめて、もう一度お試しください。保管庫のデータそのものは損なわれていません。</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/unexpected.py" line="30"/>
        <source>If it happens again, please send this report to your support contact (it holds no personal information, only where in the program the problem occurred):</source>
        <translation>繰り返し起きる場合は、次の報告書をサポート窓口へ送ってください（個人情報は含まれず、プログラムのどこで問題が起きたかだけが記録されています）：</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/unexpected.py" line="48"/>
        <source>Something went wrong</source>
        <translation>問題が起きました</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../src/kojin_desk/ui/unlock_dialog.py" line="22"/>
        <source>kojin_desk — unlock</source>
        <translation>kojin_desk — 保管庫を開く</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/unlock_dialog.py" line="26"/>
        <source>Remember on this PC (OS keyring)</source>
        <translation>このPCで記憶する（OSの資格情報に保存）</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/unlock_dialog.py" line="50"/>
        <source>Remember on this PC: not possible, no keyring is available on this PC.</source>
        <translation>このPCで記憶する: できません（このPCでは資格情報の保管場所（キーリング）が使えません）。</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/unlock_dialog.py" line="57"/>
        <source>Opening the vault</source>
        <translation>保管庫を開いています</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/unlock_dialog.py" line="32"/>
        <source>Unlock</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/unlock_dialog.py" line="36"/>
        <source>Enter the passphrase of the vault in %s</source>
        <translation>%s にある保管庫のパスフレーズを入力してください</translation>
    </message>
</context>
<context>
    <name>WorkProgress</name>
    <message>
        <location filename="../../src/kojin_desk/ui/progress_dialog.py" line="28"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
</TS>
