"""A record dialog filled in as a user would type into it (GUI tests patch RecordDialog.exec with this)."""


def typed_in(values: dict):
    """An `exec` that sets each editor named in `values`, then saves as the Save button does."""
    def fake_exec(dialog):
        for key, value in values.items():
            editor = dialog.form.editors[key]
            for setter in ("setChecked", "setPlainText", "setCurrentText", "setText"):
                if hasattr(editor, setter):
                    getattr(editor, setter)(value)
                    break
        dialog.try_save()
        return dialog.result()
    return fake_exec
