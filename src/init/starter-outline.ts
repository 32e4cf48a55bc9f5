/**
 * The outline `briefdeck init` writes: a small, commented deck that shows every slide kind once
 * (bullets on two levels, columns, quote, KPIs, a chart fed from data/capex.csv, stages, table,
 * image), so a new user learns the format by editing it. It must build with zero errors and zero
 * warnings (tests/authoring/init.test.ts builds it). `schemaRef` is the path or URL that the
 * yaml-language-server modeline on the first line points at.
 */
export function starterOutline(schemaRef: string): string {
  return `# yaml-language-server: $schema=${schemaRef}
# A starter deck made by \`briefdeck init\`. Every slide kind appears once below; keep what you need,
# delete the rest. Build it with:   briefdeck build deck.yaml          (→ out/deck.pptx)
# Rebuild on every save with:       briefdeck build --watch deck.yaml
# Look at all slides at once with:  briefdeck preview deck.yaml        (PDF + contact sheet)
# With the YAML extension in your editor, hover a key to see what it means; Ctrl+Space completes.

title: Moving our services to the cloud        # the title slide is generated from these lines
subtitle: Status, numbers and next steps
author: Platform team
date: "2026-12-01"          # YYYY-MM-DD; also fixes the file dates so builds are reproducible
locale: en-US               # numbers, dates and chart axes follow it (try de-DE)
theme: ./theme.yaml         # or a built-in theme: briefing (light), midnight (dark)
footer: Internal · illustrative figures

# Sources are listed once and cited by id from any slide (\`source: plan\`); a sources slide is
# generated at the end from the ids the slides cite.
sources:
  plan:
    title: Cloud migration plan 2026–2028 (example)
    publisher: Platform team
    date: "2026-11-15"

sections:
  # Each section gets a divider slide and a line in the generated agenda.
  - title: Where we stand
    slides:
      # A bullets slide. A bullet with sub-bullets is written as text plus bullets (two levels).
      - title: The migration in brief
        bullets:
          - Three quarters of our services already run in the cloud
          - text: Two large systems are still on premises
            bullets:
              - the billing platform
              - the data warehouse
          - The data centre lease ends in 2028
        notes: Speaker notes go here; they appear in the presenter view, not on the slide.
        source: plan

      # A KPI slide: two to four key figures, written as plain numbers (compact: 4.2e6 → 4.2M).
      - title: Key figures
        kpis:
          - { value: 74, unit: "%", label: Services migrated }
          - { value: 4.2e6, unit: USD, format: currency, label: Yearly savings so far }
          - { value: 31, label: Services left to move }
        takeaway: The easy part is done; the large systems remain.
        source: plan

  - title: The numbers
    slides:
      # A chart fed from a CSV file beside the outline. The first column holds the labels, the
      # others one series each (choose them with labelColumn / valueColumns).
      - title: Spending by year
        chart:
          type: bar
          stacked: true
          data: ./data/capex.csv
          labelColumn: year
          valueColumns: [Cloud, Data centre]     # the column names are the series names
          format: currency
          unit: USD
          legend: bottom
          yTitle: US dollars
        takeaway: Cloud spending rises while the data centre winds down.
        source: plan

      # A table with a header row; number cells are formatted for the locale.
      - title: Remaining systems
        table:
          header: [System, Services, Users, Target quarter]
          rows:
            - [Billing platform, 12, 4200, Q3 2027]
            - [Data warehouse, 9, 650, Q1 2028]
            - [Internal tools, 10, 1800, Q2 2027]
        source: plan

  - title: Views and options
    slides:
      # Two columns side by side: each holds bullets, a paragraph (text) or a chart.
      - title: Move or rebuild?
        columns:
          - title: Move as is
            bullets:
              - Fast and predictable
              - Keeps today's costs
          - title: Rebuild for the cloud
            text: Slower to start, but cheaper to run and easier to scale once it is done.
        source: plan

      # A quote with the speaker and their role.
      - title: What the business says
        quote:
          text: Every month we run two platforms costs us time we could spend on customers
          by: Alex Morgan
          role: Head of Finance (example)

      # A picture from the outline's folder, with alt text for screen readers.
      - title: The target architecture
        image:
          path: images/picture.png
          alt: Placeholder picture; replace images/picture.png with a diagram of your own
          caption: Replace this picture with your own PNG or JPEG

  - title: What comes next
    slides:
      # Stage cards: two to five horizons, each with when, title and points.
      - title: Three steps to 2028
        stages:
          - when: 2027 H1
            title: Internal tools
            points: [move as is, retire old servers]
          - when: 2027 H2
            title: Billing platform
            points: [rebuild the payment service]
          - when: "2028"
            title: Data warehouse
            points: [switch off the data centre]
        source: plan

# The closing slide: what the audience should decide.
closing:
  title: What we ask for today
  bullets:
    - Approve the budget for the billing rebuild
    - Name an owner for the data warehouse move
  contact: Platform team · platform@example.org
`;
}
