"""Time-expression machinery behind `rashomon.extract.time`: detection, values, happenings, datelines."""
