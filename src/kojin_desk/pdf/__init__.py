"""ReportLab rendering of form definitions: A4, embedded Japanese fonts, 和暦."""
