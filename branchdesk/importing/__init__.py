"""Reading catalogue and reader files from other library systems (issue 6).

Pure readers and mappers: they stream a file and yield what it holds as plain values, one
record or row at a time, with every bad one as a `Problem` naming its place and the reason.
Nothing here writes: `branchdesk.services.importing` (the branch) and
`branchdesk.central.importing` (the centre) own the transactions.
"""
