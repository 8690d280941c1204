"""What a user would do instead: read the sheet with pandas, fill the merged labels down, two crosstabs."""
import sys

import pandas as pd

raw = pd.read_excel(sys.argv[1], header=None, engine="openpyxl")
head = raw.index[raw.iloc[:, 0].astype(str).str.startswith("基本目標")][0]
df = raw.iloc[head + 1 :].copy()
df.columns = ["goal", "measure", "item", "department", "rating", "narrative"][: df.shape[1]]
df = df[df["goal"].astype(str) != "基本目標"]
df[["goal", "measure", "item"]] = df[["goal", "measure", "item"]].ffill()
df = df[df["department"].notna()]
by_goal = pd.crosstab(df["goal"], df["rating"])
by_department = pd.crosstab(df["department"], df["rating"])
print(len(df), by_goal.shape, by_department.shape)
