<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>App</name>
    <message>
        <location filename="../../src/kojin_desk/ui/app.py" line="75" />
        <source>Demo vault — passphrase: %s</source>
        <translation>デモ用の保管庫です — パスフレーズ: %s</translation>
    </message>
</context>
<context>
    <name>DashboardArea</name>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/dashboard.py" line="25" />
        <source>Do this step</source>
        <translation>この作業を行う</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/dashboard.py" line="28" />
        <source>What to do next</source>
        <translation>次にすること</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/dashboard.py" line="40" />
        <source>Enter your company's details (printed on every form)</source>
        <translation>事業者情報（会社名・所在地・代表者）を入力する（すべての様式に印刷されます）</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/dashboard.py" line="43" />
        <source>Register your contract with Tokyo</source>
        <translation>東京都との契約を登録する</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/dashboard.py" line="47" />
        <source>Continue the destruction/erasure certificate you started (Art. 12(5))</source>
        <translation>作成中の廃棄・消去証明書を続ける（第12条第5項）</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/dashboard.py" line="50" />
        <source>The contract has ended: return, destroy or erase the data and submit the certificate (Art. 12(2), 12(5))</source>
        <translation>契約が終了しました。個人情報等を返還・廃棄・消去し、証明書を提出してください（第12条第2項・第5項）</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/dashboard.py" line="62" />
        <source>Nothing is waiting for this contract.</source>
        <translation>この契約で待っている作業はありません。</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/dashboard.py" line="71" />
        <source>Sensitive personal information</source>
        <translation>要配慮個人情報あり</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/dashboard.py" line="72" />
        <source>Specific personal information (list C)</source>
        <translation>特定個人情報等（目録C）あり</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/dashboard.py" line="75" />
        <source>Contract number</source>
        <translation>契約番号</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/dashboard.py" line="76" />
        <source>Period</source>
        <translation>契約期間</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/dashboard.py" line="77" />
        <source>Responsible section</source>
        <translation>所管</translation>
    </message>
</context>
<context>
    <name>DocumentsArea</name>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/documents.py" line="20" />
        <source>Form</source>
        <translation>様式</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/documents.py" line="20" />
        <source>Version</source>
        <translation>版</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/documents.py" line="20" />
        <source>Date of issue</source>
        <translation>発行日</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/documents.py" line="21" />
        <source>Issued at</source>
        <translation>発行日時</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/documents.py" line="29" />
        <source>New: %s</source>
        <translation>作成: %s</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/documents.py" line="34" />
        <source>Open / print…</source>
        <translation>表示・印刷…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/documents.py" line="37" />
        <source>No document issued for this contract yet.</source>
        <translation>この契約で発行した文書はまだありません。</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/documents.py" line="39" />
        <source>Documents</source>
        <translation>文書</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/documents.py" line="76" />
        <source>%1 (version %2)</source>
        <translation>%1（第%2版）</translation>
    </message>
</context>
<context>
    <name>FormWizard</name>
    <message>
        <location filename="../../src/kojin_desk/ui/form_wizard.py" line="214" />
        <source>Issue</source>
        <translation>発行</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/form_wizard.py" line="216" />
        <source>Addressee, issuer and contract</source>
        <translation>宛先・発行者・契約</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../../src/kojin_desk/ui/setup_wizard.py" line="91" />
        <source>Where the vault lives</source>
        <translation>保管庫の場所</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/setup_wizard.py" line="92" />
        <source>An encrypted file in this folder. Back it up with your usual backups.</source>
        <translation>このフォルダに暗号化されたファイルとして保存します。通常のバックアップに含めてください。</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/setup_wizard.py" line="95" />
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/setup_wizard.py" line="106" />
        <source>Vault folder</source>
        <translation>保管庫のフォルダ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="43" />
        <source>Contract:</source>
        <translation>契約:</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="45" />
        <location filename="../../src/kojin_desk/ui/main_window.py" line="124" />
        <source>New contract</source>
        <translation>新しい契約</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="45" />
        <location filename="../../src/kojin_desk/ui/main_window.py" line="134" />
        <source>Edit contract</source>
        <translation>契約を編集</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="46" />
        <location filename="../../src/kojin_desk/ui/main_window.py" line="140" />
        <source>Company</source>
        <translation>事業者情報</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="46" />
        <source>Lock</source>
        <translation>ロック</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="51" />
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="52" />
        <source>Language (after restart)</source>
        <translation>表示言語（再起動後に反映）</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="59" />
        <source>Dates</source>
        <translation>日付の表示</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="61" />
        <source>Japanese era (令和8年)</source>
        <translation>和暦（令和8年）</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="61" />
        <source>Western (2026年)</source>
        <translation>西暦（2026年）</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="66" />
        <source>Auto-lock…</source>
        <translation>自動ロック…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="67" />
        <source>Change passphrase…</source>
        <translation>パスフレーズの変更…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="68" />
        <source>Forget the passphrase on this PC</source>
        <translation>このPCでのパスフレーズ記憶を解除</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="76" />
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="77" />
        <source>People</source>
        <translation>人員</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="78" />
        <source>Responsible person, workers and auditor; training; confidentiality pledges.</source>
        <translation>責任者・従事者・監査者の届出、研修、誓約書。</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="80" />
        <source>Places &amp; methods</source>
        <translation>作業場所・運搬・送付</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="81" />
        <source>Work places, transport and sending methods, equipment, cloud services, take-out approvals.</source>
        <translation>作業場所、運搬方法・送付方法、使用するPC等、クラウドサービス、持出しの承諾。</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="83" />
        <source>Inventory &amp; ledger</source>
        <translation>目録・台帳</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="84" />
        <source>Lists A/B/C, the handling ledger, receipts and inspections.</source>
        <translation>目録A・B・C、個人情報等の取扱台帳、受領書、定期点検。</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="86" />
        <source>Documents</source>
        <translation>文書</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="87" />
        <source>Incidents</source>
        <translation>事故対応</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="88" />
        <source>Reports of leaks and their follow-up.</source>
        <translation>漏えい等の報告と対応の記録。</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="89" />
        <source>Export</source>
        <translation>提出用ファイル</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="90" />
        <source>The encrypted package for the bureau.</source>
        <translation>所管課へ提出する暗号化ファイル。</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="152" />
        <source>Auto-lock</source>
        <translation>自動ロック</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="152" />
        <source>Lock after this many idle minutes (0 = never):</source>
        <translation>操作がないままこの分数が過ぎたらロックします（0 = ロックしない）:</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="162" />
        <location filename="../../src/kojin_desk/ui/main_window.py" line="165" />
        <location filename="../../src/kojin_desk/ui/main_window.py" line="168" />
        <location filename="../../src/kojin_desk/ui/main_window.py" line="172" />
        <location filename="../../src/kojin_desk/ui/main_window.py" line="179" />
        <source>Change passphrase</source>
        <translation>パスフレーズの変更</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="162" />
        <source>Current passphrase:</source>
        <translation>現在のパスフレーズ:</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="165" />
        <source>New passphrase (8 characters or more):</source>
        <translation>新しいパスフレーズ（8文字以上）:</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="168" />
        <source>New passphrase again:</source>
        <translation>新しいパスフレーズ（確認）:</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="172" />
        <source>The two passphrases differ.</source>
        <translation>2つのパスフレーズが違います。</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="179" />
        <source>The passphrase was changed.</source>
        <translation>パスフレーズを変更しました。</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="183" />
        <source>This PC no longer remembers the passphrase.</source>
        <translation>このPCはパスフレーズを記憶しなくなりました。</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/main_window.py" line="191" />
        <source>Locked. The vault is closed.</source>
        <translation>ロック中です。保管庫は閉じています。</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../src/kojin_desk/ui/widgets.py" line="42" />
        <source>Unexpected error: %s</source>
        <translation>予期しないエラーが起きました: %s</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/widgets.py" line="43" />
        <source>kojin_desk</source>
        <translation>kojin_desk</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../src/kojin_desk/ui/setup_wizard.py" line="25" />
        <source>Your company</source>
        <translation>事業者情報</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/setup_wizard.py" line="26" />
        <source>Printed as the issuer on every form. You can change it later.</source>
        <translation>すべての様式に発行者として印刷されます。後から変更できます。</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../src/kojin_desk/ui/setup_wizard.py" line="40" />
        <location filename="../../src/kojin_desk/ui/setup_wizard.py" line="59" />
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/setup_wizard.py" line="41" />
        <source>The vault is encrypted (SQLCipher, AES-256). Without the passphrase nobody, including us, can open it: keep it safe.</source>
        <translation>保管庫は暗号化されます（SQLCipher、AES-256）。パスフレーズがなければ誰も（開発者も）開けません。大切に保管してください。</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/setup_wizard.py" line="52" />
        <source>Remember on this PC (OS keyring)</source>
        <translation>このPCで記憶する（OSの資格情報に保存）</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/setup_wizard.py" line="56" />
        <source>No keyring is available on this PC.</source>
        <translation>このPCでは資格情報の保管場所（キーリング）が使えません。</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/setup_wizard.py" line="60" />
        <source>Passphrase again</source>
        <translation>パスフレーズ（確認）</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/setup_wizard.py" line="63" />
        <source>Encryption of stored personal data:</source>
        <translation>保存する個人情報の暗号化:</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/setup_wizard.py" line="71" />
        <source>Too short (8 characters or more)</source>
        <translation>短すぎます（8文字以上）</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/setup_wizard.py" line="71" />
        <source>Weak</source>
        <translation>弱い</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/setup_wizard.py" line="71" />
        <source>Fair</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/setup_wizard.py" line="72" />
        <source>Good</source>
        <translation>良い</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/setup_wizard.py" line="72" />
        <source>Strong</source>
        <translation>強い</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/setup_wizard.py" line="82" />
        <source>The two passphrases differ.</source>
        <translation>2つのパスフレーズが違います。</translation>
    </message>
</context>
<context>
    <name>PdfView</name>
    <message>
        <location filename="../../src/kojin_desk/ui/pdf_view.py" line="48" />
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/pdf_view.py" line="49" />
        <source>Save PDF…</source>
        <translation>PDF保存…</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/pdf_view.py" line="74" />
        <source>Save PDF</source>
        <translation>PDF保存</translation>
    </message>
</context>
<context>
    <name>PlaceholderArea</name>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/placeholder.py" line="15" />
        <source>Not built yet in this version.</source>
        <translation>この版ではまだ作られていません。</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/areas/placeholder.py" line="19" />
        <source>Articles:</source>
        <translation>根拠条項:</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../src/kojin_desk/ui/form_wizard.py" line="186" />
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/form_wizard.py" line="187" />
        <source>Check the form as it will be printed. Issue keeps it in the vault for good.</source>
        <translation>印刷される内容を確認してください。「発行」すると保管庫に確定版として保存され、後から変更できません。</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../src/kojin_desk/ui/setup_wizard.py" line="116" />
        <source>kojin_desk — first setup</source>
        <translation>kojin_desk — 初期設定</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../../src/kojin_desk/ui/form_wizard.py" line="127" />
        <source>Add row</source>
        <translation>行を追加</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/form_wizard.py" line="127" />
        <source>Remove row</source>
        <translation>行を削除</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kojin_desk/ui/form_wizard.py" line="139" />
        <source>Dates may be typed as R8.3.31; the print shows 和暦. At least %n row(s).</source>
        <translation>
            <numerusform>日付は R8.3.31 のようにも入力できます（印刷は和暦）。%n行以上入力してください。</numerusform></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../src/kojin_desk/ui/unlock_dialog.py" line="22" />
        <source>kojin_desk — unlock</source>
        <translation>kojin_desk — 保管庫を開く</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/unlock_dialog.py" line="26" />
        <source>Remember on this PC (OS keyring)</source>
        <translation>このPCで記憶する（OSの資格情報に保存）</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/unlock_dialog.py" line="30" />
        <location filename="../../src/kojin_desk/ui/unlock_dialog.py" line="56" />
        <source>No keyring is available on this PC.</source>
        <translation>このPCでは資格情報の保管場所（キーリング）が使えません。</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/unlock_dialog.py" line="34" />
        <source>Unlock</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../../src/kojin_desk/ui/unlock_dialog.py" line="38" />
        <source>Enter the passphrase of the vault in %s</source>
        <translation>%s にある保管庫のパスフレーズを入力してください</translation>
    </message>
</context>
</TS>