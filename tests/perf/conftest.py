import sys
from pathlib import Path

# The benchmark helpers sit beside the benchmarks.
sys.path.insert(0, str(Path(__file__).parent))
