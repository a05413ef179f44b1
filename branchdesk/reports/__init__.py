"""The statistics behind the diary and the summaries: counted in SQL over a period, grouped
by the domain's rules (age bands on the day, social groups, BBK sections, languages)."""
