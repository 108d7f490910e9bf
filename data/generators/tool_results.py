"""Harmless tool results of many kinds and lengths: what an agent reads between its user's goal and its next call.

Issue #16: the experimental ``agent_harm`` probe (``guardrail/signals/agent_harm.py``), trained on goals alone and
on the action-risk steps' short observations (at most 550 characters), read AgentDojo's ordinary tool outputs
(inbox, calendar and transaction listings of 500 to 1,500 characters) as harmful a third of the time, and the
user's goal read *after* such an output too (BENCHMARKS section 5b). These rows are the harmless tool results it
lacked: each one is read alone (benign) and, in front of a goal from the refusal and agent-goal files, as the context
the goal is read after (the goal's own label). Written 2026-12-07 by a developer after that measurement, so AgentDojo
is not a clean hold-out for a probe trained on them (its outputs were read as a diagnosis, not copied: no record,
name or sentence here comes from it; the formats are the usual ones of tools and APIs).

Each row is one tool result: a kind (an inbox, a calendar, bank transactions, a file listing, a file's text, web
search results, products, reviews, a team chat channel, contacts, tickets, flights or hotels, a weather forecast,
server logs, commits, database rows, news headlines, a shell command's output) rendered in a format (JSON, a
YAML-like list, a Markdown table, CSV or plain text) grown to a drawn length of 150 to 2,000 characters, from the
hand-written banks below, some of them alarming-sounding yet harmless (security alerts, failed logins, crime
news, overdue notices). All rows are benign (label 0). Group and split by row (70 / 15 / 15), drawn by a hash.
``python -m data.generators.tool_results`` regenerates ``tool_results.jsonl``.
"""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path

from guardrail.data import write_jsonl

from .short_lines import _rng, _split  # the same seeded draws and 70 / 15 / 15 split by key

HERE = Path(__file__).resolve().parent.parent  # the data folder
N_ROWS = 900

FIRST = ("Ana", "Ben", "Chloe", "Dmitri", "Elif", "Farah", "Gustavo", "Hana", "Ivan", "Jonas", "Keiko", "Liam",
         "Maya", "Nikhil", "Olga", "Pedro", "Quinn", "Rosa", "Samir", "Tara", "Uma", "Victor", "Wen", "Yusuf", "Zoe")
LAST = ("Alvarez", "Brandt", "Chen", "Dubois", "Eriksen", "Fischer", "Garcia", "Haddad", "Ito", "Jovanovic",
        "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrov", "Rossi", "Silva", "Tanaka", "Weber")
DOMAINS = ("northwind.example", "acme-corp.example", "mail.example", "bluefin.example", "harborlight.example",
           "studio-k.example", "uni-lakeside.example")
CITIES = ("Lisbon", "Osaka", "Toronto", "Nairobi", "Krakow", "Austin", "Lyon", "Melbourne", "Bergen", "Seoul",
          "Valencia", "Denver", "Edinburgh", "Porto", "Montreal")
SUBJECTS = (
    "Re: Q3 planning deck", "Lunch on Thursday?", "Invoice #{n} from Brightline Supplies", "Your order has shipped",
    "Minutes from Monday's sync", "Reminder: dentist appointment tomorrow at 9:30", "Photos from the hike",
    "New sign-in to your account", "Action required: confirm your new billing address", "Password changed",
    "Weekly newsletter: 5 recipes for autumn", "Overdue: library book due 3 days ago", "Flight check-in is open",
    "Security alert: unusual login attempt blocked", "Re: apartment viewing on Saturday", "Team offsite agenda",
    "Your receipt from Corner Cafe", "Contract draft v3 for review", "Can you cover my shift Friday?",
    "Fwd: parking permit renewal", "Birthday dinner plans", "Final notice: invoice past due", "Build failed on main",
    "Welcome to the volunteer program", "Quarterly tax estimate reminder", "Re: code review comments")
SNIPPETS = (
    "Thanks for sending this over, I'll take a look before the meeting.", "Attached are the slides we discussed.",
    "We noticed a sign-in from a new device in {city}. If this was you, you can ignore this message.",
    "Your package will arrive between 2 pm and 6 pm. No signature is needed.",
    "The invoice total is {amt} and is due within 30 days.", "Could we move the call to 3 pm instead?",
    "We blocked an attempt to sign in with a wrong password five times. Your account is safe.",
    "Please bring your ID and insurance card. Reply C to confirm or R to reschedule.",
    "This is a reminder that your payment of {amt} is now 14 days overdue. Late fees may apply.",
    "Great seeing everyone yesterday! The photos are in the shared album.", "No rush on this one.",
    "I left the spare key with the neighbour, flat 4B.", "The build broke after the last merge, looking into it now.",
    "Here is the updated draft with your comments addressed; clause 7 still needs legal's view.",
    "Kids' football practice is cancelled today because of the storm.", "Menu attached, let me know about allergies.",
    "Your password was changed on {date}. If you did not do this, contact support.",
    "Quick heads-up: the office will be closed on Monday for the public holiday.")
EVENTS = ("Team standup", "1:1 with {first}", "Dentist", "Project kickoff", "Yoga class", "Flight to {city}",
          "Budget review", "Parent-teacher meeting", "Car service", "Lunch with {first}", "Quarterly all-hands",
          "Interview: backend engineer", "Book club", "Vet appointment", "Sprint retrospective", "Gym",
          "Call with the landlord", "Tax advisor", "Birthday party", "Board game night", "Hospital visit: Grandma")
MERCHANTS = ("Corner Cafe", "City Power & Light", "Greenway Grocers", "Spotify", "Metro Transit", "Rent - Oak St",
             "Pharmacy Plus", "Bookshop on Main", "Online Electronics", "Gym membership", "Water utility",
             "Insurance premium", "Parking garage", "Hardware store", "Salary", "Refund: shoe store",
             "Transfer to savings", "Phone bill", "Streaming service", "Dinner at Lotus Garden")
FILES = ("report_final.docx", "budget_2026.xlsx", "IMG_{n}.jpg", "notes.txt", "invoice_{n}.pdf", "backup.tar.gz",
         "slides_v2.pptx", "passport_scan.pdf", "todo.md", "main.py", "README.md", "config.yaml", "taxes_2025.pdf",
         "wedding_photos.zip", "recipe_lasagna.txt", "meeting_recording.mp4", "draft_letter.docx", "data.csv",
         "old_logs/", "node_modules/", "tmp/", "thesis_chapter3.tex", "contract_signed.pdf")
NOTES = (
    "Shopping: oat milk, eggs, tomatoes, coffee filters, batteries (AA).",
    "Ideas for the newsletter: volunteer spotlight, new opening hours, photos from the bake sale.",
    "The boiler makes a clicking noise when it starts. Plumber said to bleed the radiators first.",
    "Meeting notes: budget approved; Rosa to draft the vendor contract; revisit hiring in March.",
    "Kill the old cron job on the staging server once the new scheduler is live.",
    "Wifi password for guests is on the fridge. Trash goes out Tuesday night.",
    "Grandma's lasagna: brown the meat, layer sauce, pasta and ricotta, bake 45 minutes at 180C.",
    "Reminder to self: renew passport before the June trip; photos must be less than 6 months old.",
    "Steps to reset the router: hold the button 10 seconds, wait for the light to go green.",
    "The audit found two expense reports without receipts; follow up with finance by Friday.",
    "Training plan: 5 km easy Monday, intervals Wednesday, long run Sunday.",
    "Q: why is the test flaky? A: it depends on the system clock; mock the time instead.",
    "Draft: Dear residents, the water will be shut off on Thursday from 9 to 12 for pipe repairs.")
SEARCH = (
    ("How to descale a kettle with vinegar", "Fill halfway with equal parts vinegar and water, boil, rinse twice."),
    ("Best hiking trails near {city}", "Our guide to 12 trails, from easy lakeside walks to full-day ridges."),
    ("{city} weather this weekend", "Mostly sunny with a chance of showers on Sunday afternoon."),
    ("Python list comprehension examples", "Learn how to build lists in one line with conditions and nesting."),
    ("Symptoms of dehydration in older adults", "Thirst, dark urine, dizziness; when to see a doctor."),
    ("How phishing scams work and how to spot them", "Check the sender, hover over links, never share codes."),
    ("History of the {city} old town", "Founded in the 12th century, the old town survived two great fires."),
    ("Cheap flights to {city}", "Compare fares from 40 airlines; prices from {amt} return."),
    ("Is it safe to mix bleach and vinegar?", "No. Mixing them releases chlorine gas; use them separately."),
    ("How to write a resignation letter", "Keep it short, give your notice period, thank your employer."),
    ("Local news: warehouse fire under control", "Firefighters contained the blaze overnight; no one was hurt."),
    ("Police arrest two suspects in bike thefts", "The suspects are accused of stealing 30 bicycles downtown."),
    ("Recipe: vegetable curry in 30 minutes", "Onion, garlic, ginger, curry paste, coconut milk, vegetables."))
PRODUCTS = ("Stainless steel water bottle", "Noise-cancelling headphones", "Cast iron skillet", "USB-C charger 65W",
            "Kids' rain boots", "Ergonomic office chair", "Kitchen knife set", "Electric toothbrush",
            "Camping tent (2 person)", "Wireless mouse", "Yoga mat", "Coffee grinder", "Smoke detector 2-pack")
REVIEWS = (
    "Lovely staff and a quiet room, though breakfast was a bit pricey.", "The food was cold and we waited an hour.",
    "Perfect location near the station. Would stay again.", "Killer views from the rooftop bar!",
    "The room smelled of smoke and the AC was broken. Management refunded one night.",
    "Best ramen in town, the broth is incredible.", "Overpriced for what you get, but the service was friendly.",
    "Clean, simple, good value. Beds were comfortable.", "Noisy street at night, bring earplugs.",
    "They were very accommodating with my nut allergy.", "Terrible experience, the host cancelled last minute.")
CHANNELS = ("general", "random", "dev-backend", "marketing", "office-berlin", "book-club", "incidents", "hiring")
CHAT = ("Morning all! Coffee machine on floor 3 is fixed.", "Who's up for lunch at 12:30?",
        "Deploy to staging done, please test the checkout flow.", "Reminder: fill in the survey by Friday.",
        "Has anyone seen the HDMI adapter from room B?", "Incident resolved: the API latency spike was a bad cache key.",
        "Welcome {first} to the team!", "Slides for tomorrow are in the shared drive.",
        "Can someone review PR #{n}? It's small.", "Heads-up: fire drill at 11 today.",
        "We're killing the legacy endpoint next sprint, migrate your clients.", "Happy birthday {first}!")
TICKETS = ("Login page shows a blank screen on Safari", "Export to CSV drops the last row", "Add dark mode",
           "Printer on floor 2 jams constantly", "Refund request for order #{n}", "Password reset e-mail not received",
           "Crash when uploading files over 2 GB", "Typo on the pricing page", "Request: new laptop for {first}",
           "VPN disconnects every 10 minutes", "Customer reports double charge")
HEADLINES = ("City council approves new bike lanes", "Storm warning issued for the coast this weekend",
             "Local bakery wins national award", "Man sentenced for fraud after scamming pensioners",
             "Museum reopens after renovation", "Hackers steal data from retailer; customers urged to reset passwords",
             "School budget vote set for March", "Two injured in highway crash", "New study links sleep to memory",
             "Suspect arrested after bank robbery downtown", "Concert series returns to the park",
             "Food recall: batch of peanut butter may contain salmonella")
LOGS = ("INFO  request GET /api/orders 200 {ms}ms", "WARN  slow query on orders table ({ms} ms)",
        "ERROR connection reset by peer (upstream: payments)", "INFO  user {first_l} logged in",
        "WARN  Failed password for invalid user admin from 203.0.113.{n} port 22", "INFO  backup completed (4.2 GB)",
        "ERROR disk /var at 91% capacity", "INFO  cron: cleanup of /tmp removed 312 files",
        "DEBUG cache miss key=user:{n}", "INFO  deployed version 2.{n}.0", "WARN  certificate expires in 12 days")
COMMITS = ("Fix off-by-one in pagination", "Bump dependencies", "Add retry to payment client", "Remove dead code",
           "Update README", "Refactor auth middleware", "Kill flaky test in test_scheduler", "Add Spanish translation",
           "Handle empty cart", "Speed up image resize")


def _fill(s: str, r: random.Random) -> str:
    first = r.choice(FIRST)
    return s.format(n=r.randint(100, 9999), city=r.choice(CITIES), first=first, first_l=first.lower(),
                    amt=f"${r.randint(5, 2400)}.{r.randint(0, 99):02d}", ms=r.randint(20, 4000),
                    date=_date(r))


def _person(r: random.Random) -> tuple[str, str]:
    f, last = r.choice(FIRST), r.choice(LAST)
    return f"{f} {last}", f"{f.lower()}.{last.lower()}@{r.choice(DOMAINS)}"


def _date(r: random.Random) -> str:
    return f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"


def _time(r: random.Random) -> str:
    return f"{r.randint(7, 19):02d}:{r.choice(('00', '15', '30', '45'))}"


def record(kind: str, r: random.Random) -> dict:
    """One record of a kind, its fields in display order."""
    if kind == "inbox":
        name, addr = _person(r)
        return {"id": r.randint(1, 500), "from": addr, "sender": name, "subject": _fill(r.choice(SUBJECTS), r),
                "date": f"{_date(r)} {_time(r)}", "read": r.choice((True, False)),
                "body": _fill(r.choice(SNIPPETS), r)}
    if kind == "calendar":
        start = _time(r)
        return {"title": _fill(r.choice(EVENTS), r), "date": _date(r), "start": start,
                "end": f"{min(int(start[:2]) + r.randint(1, 2), 22):02d}:{start[3:]}",
                "location": r.choice(("Room B", "Zoom", "Main St clinic", r.choice(CITIES), "Office, floor 3", "")),
                "participants": [_person(r)[1] for _ in range(r.randint(0, 3))]}
    if kind == "transactions":
        out = r.random() < 0.8
        return {"id": r.randint(10000, 99999), "date": _date(r), "description": r.choice(MERCHANTS),
                "amount": round((-1 if out else 1) * r.uniform(2, 1800), 2), "currency": r.choice(("EUR", "USD", "GBP")),
                "balance_after": round(r.uniform(100, 9000), 2)}
    if kind == "files":
        return {"name": _fill(r.choice(FILES), r), "size": f"{r.randint(1, 900)} {r.choice(('KB', 'MB'))}",
                "modified": _date(r), "owner": r.choice(FIRST).lower()}
    if kind == "search":
        title, snippet = r.choice(SEARCH)
        return {"title": _fill(title, r), "url": f"https://www.{r.choice(('guides', 'news', 'wiki', 'blog'))}"
                f"-{r.randint(1, 99)}.example/{_fill(title, r).lower().replace(' ', '-')[:40]}",
                "snippet": _fill(snippet, r)}
    if kind == "products":
        return {"product": r.choice(PRODUCTS), "price": f"{r.randint(5, 400)}.{r.choice(('00', '49', '99'))}",
                "rating": round(r.uniform(2.5, 5.0), 1), "reviews": r.randint(0, 5000),
                "in_stock": r.choice((True, True, False)), "seller": r.choice(("Shopwise", "Gadget Hub", "HomeGoods"))}
    if kind == "reviews":
        return {"author": r.choice(FIRST), "rating": r.randint(1, 5), "date": _date(r), "text": r.choice(REVIEWS)}
    if kind == "chat":
        return {"channel": "#" + r.choice(CHANNELS), "sender": r.choice(FIRST), "time": _time(r),
                "text": _fill(r.choice(CHAT), r)}
    if kind == "contacts":
        name, addr = _person(r)
        return {"name": name, "email": addr, "phone": f"+{r.randint(1, 49)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)} {r.randint(1000, 9999)}", "company": r.choice(("Northwind", "Acme", "—"))}
    if kind == "tickets":
        return {"key": f"{r.choice(('OPS', 'WEB', 'HELP'))}-{r.randint(10, 999)}", "title": _fill(r.choice(TICKETS), r),
                "status": r.choice(("open", "in progress", "closed", "waiting for customer")),
                "assignee": r.choice(FIRST), "priority": r.choice(("low", "medium", "high"))}
    if kind == "travel":
        if r.random() < 0.5:
            return {"flight": f"{r.choice(('LX', 'TP', 'KL', 'AC', 'NH'))}{r.randint(100, 999)}",
                    "from": r.choice(CITIES), "to": r.choice(CITIES), "departs": f"{_date(r)} {_time(r)}",
                    "duration": f"{r.randint(1, 13)}h {r.randint(0, 59)}m", "price": f"{r.randint(60, 1900)} EUR",
                    "stops": r.randint(0, 2)}
        return {"hotel": f"{r.choice(('Hotel', 'Residence', 'Inn'))} {r.choice(LAST)}", "city": r.choice(CITIES),
                "price_per_night": r.randint(45, 600), "rating": round(r.uniform(2.8, 4.9), 1),
                "review": r.choice(REVIEWS)}
    if kind == "weather":
        return {"date": _date(r), "city": r.choice(CITIES), "high_c": r.randint(-5, 35), "low_c": r.randint(-12, 20),
                "summary": r.choice(("sunny", "cloudy", "light rain", "thunderstorms", "snow showers", "windy"))}
    if kind == "logs":
        return {"ts": f"{_date(r)}T{_time(r)}:{r.randint(0, 59):02d}Z", "line": _fill(r.choice(LOGS), r)}
    if kind == "commits":
        return {"sha": hashlib.sha1(str(r.random()).encode()).hexdigest()[:8], "author": r.choice(FIRST),
                "date": _date(r), "message": r.choice(COMMITS)}
    if kind == "database":
        name, addr = _person(r)
        return {"order_id": r.randint(1000, 99999), "customer": name, "email": addr,
                "total": round(r.uniform(5, 900), 2), "status": r.choice(("paid", "shipped", "refunded", "pending"))}
    if kind == "news":
        return {"headline": r.choice(HEADLINES), "source": r.choice(("Daily Courier", "Metro Post", "City Radio")),
                "published": _date(r)}
    raise KeyError(kind)


KINDS = ("inbox", "calendar", "transactions", "files", "search", "products", "reviews", "chat", "contacts",
         "tickets", "travel", "weather", "logs", "commits", "database", "news", "note", "shell")
FORMATS = ("json", "yaml", "table", "csv", "text")


def _scalar(v) -> str:
    if isinstance(v, list):
        return ", ".join(map(str, v)) or "-"
    return str(v).lower() if isinstance(v, bool) else str(v)


def render(recs: list[dict], fmt: str, r: random.Random) -> str:
    if fmt == "json":
        return json.dumps(recs if r.random() < 0.6 else {"results": recs, "count": len(recs)},
                          indent=r.choice((None, 2)), ensure_ascii=False)
    if fmt == "yaml":
        lines = []
        for rec in recs:
            for i, (k, v) in enumerate(rec.items()):
                if isinstance(v, list):
                    lines.append(("- " if i == 0 else "  ") + f"{k}:" + ("" if v else " []"))
                    lines += [f"    - {x}" for x in v]
                else:
                    lines.append(("- " if i == 0 else "  ") + f"{k}: {_scalar(v)}")
        return "\n".join(lines)
    keys = list(recs[0])
    if fmt == "table":
        return "\n".join(["| " + " | ".join(keys) + " |", "|" + "---|" * len(keys)]
                         + ["| " + " | ".join(_scalar(x.get(k, "")) for k in keys) + " |" for x in recs])
    if fmt == "csv":
        return "\n".join([",".join(keys)] + [",".join(_scalar(x.get(k, "")).replace(",", ";") for k in keys)
                                              for x in recs])
    return "\n\n".join("\n".join(f"{k.replace('_', ' ').capitalize()}: {_scalar(v)}" for k, v in x.items())
                       for x in recs)


def make(kind: str, target: int, r: random.Random) -> tuple[str, str]:
    """``(text, format)`` of one tool result of ``kind``, grown record by record to about ``target`` characters."""
    if kind == "note":
        paras = []
        while sum(map(len, paras)) < target:
            paras.append(_fill(r.choice(NOTES), r))
        title = r.choice(("", f"# {r.choice(('Notes', 'Todo', 'Ideas', 'Household'))}\n", "notes.txt:\n"))
        return title + "\n\n".join(paras), "text"
    if kind == "shell":
        cmd = r.choice(("ls -la", "df -h", "git status", "pip list", "ps aux | head"))
        lines = [f"$ {cmd}"]
        while sum(map(len, lines)) < target:
            if cmd == "ls -la":
                lines.append(f"-rw-r--r--  1 {r.choice(FIRST).lower()} staff {r.randint(100, 99999):>6} "
                             f"{r.choice(('Jan', 'Mar', 'Jun', 'Nov'))} {r.randint(1, 28):>2} {_fill(r.choice(FILES), r)}")
            elif cmd == "df -h":
                lines.append(f"/dev/sd{r.choice('abc')}{r.randint(1, 4)}  {r.randint(20, 900)}G  {r.randint(1, 500)}G  "
                             f"{r.randint(1, 400)}G  {r.randint(5, 97)}% /{r.choice(('', 'home', 'var', 'data'))}")
            elif cmd == "git status":
                lines.append(f"\tmodified:   src/{r.choice(('app', 'utils', 'api', 'models'))}/{r.choice(LAST).lower()}.py")
            elif cmd == "pip list":
                lines.append(f"{r.choice(('requests', 'numpy', 'pandas', 'flask', 'pytest', 'rich', 'attrs'))}"
                             f"  {r.randint(0, 3)}.{r.randint(0, 30)}.{r.randint(0, 9)}")
            else:
                lines.append(f"{r.choice(FIRST).lower()}  {r.randint(100, 99999)}  {r.uniform(0, 40):.1f}  "
                             f"{r.choice(('python app.py', 'nginx: worker', 'postgres', 'node server.js'))}")
        return "\n".join(lines), "text"
    fmt = r.choice(FORMATS)
    recs = [record(kind, r)]
    while len(render(recs, fmt, _rng("probe", len(recs)))) < target and len(recs) < 40:
        recs.append(record(kind, r))
    return render(recs, fmt, r), fmt


def rows() -> list[dict]:
    out = []
    for k in range(N_ROWS):
        r = _rng("tool-results", k)
        kind = KINDS[k % len(KINDS)]
        target = int(150 * (2000 / 150) ** r.random())  # log-uniform from 150 to 2,000 characters
        text, fmt = make(kind, target, r)
        out.append({"id": f"tool-result-{k:04d}", "prompt": text, "label": 0, "group": f"tool-result-{k:04d}",
                    "split": _split(f"tool-result-{k}"), "kind": kind, "format": fmt})
    return out


def main() -> None:
    n = write_jsonl(HERE / "tool_results.jsonl", rows())
    print(f"tool_results.jsonl: {n} rows")


if __name__ == "__main__":
    main()
