"""Documents for the printer: reportlab with the bundled DejaVu Sans (DESIGN §7)."""
