/** The schema copy `init` writes beside the declaration; the modeline below points at it. */
export const SCHEMA_FILE = 'genai-usage.schema.json';

// The declaration `genai-clearance init` writes. It must pass `check` as written (a test holds it to that),
// and every field it shows is explained where a production team will read it: in the file itself.
// It claims nothing the team has not said: `disclosed` stays false until they write the date they told
// their contact, and every commented example is valid as it stands once uncommented (a test uncomments them).
export function starterDeclaration(title: string): string {
  return `# yaml-language-server: $schema=./${SCHEMA_FILE}
# Declares every use of generative AI in this production. Check it with: npx genai-clearance check
format: genai-usage/v2
# Policy packs this production is judged by: pack@major picks the newest matching version in effect.
policies: [netflix-genai@3]
production:
  title: ${JSON.stringify(title)}
  work: scripted            # scripted | documentary | unscripted | news | marketing | unknown
  # id: PRD-0000            # the platform's production id: needed to match approvals in a ledger
  # contact: name@example.com   # who at the platform was told about these uses
uses:
  - id: moodboards          # unique slug
    summary: Moodboards and reference images for the look of the main locations
    stage: ideation         # ideation | pre-production | production | post-production | marketing | localization
    disclosed: false        # the date your platform contact was told (YYYY-MM-DD); false until then
    tools:                  # every tool or step of the workflow
      - name: Image generator
        enterprise: true    # covered by the platform's enterprise agreement: true | false | unknown
        trains_on_inputs: false   # stores, reuses or trains on your inputs: true | false | unknown
    inputs: [owned-cleared] # owned-cleared | public-domain | licensed-stock | unreleased-assets | unreleased-footage |
                            # script | production-images | talent-likeness | contracts | personal-data | third-party-ip | unknown
    training: none          # none | fine-tune | train | unknown
    output:
      kinds: [image]        # image | video | audio | voice | text | music | 3d
      final: false          # appears in final deliverables (foreground or background): true | false | unknown
      prominence: none      # none | incidental | background | featured | story-critical | unknown
      # resembles: [real-place]   # what the output itself looks like: existing-work | character | brand |
      #                           # real-place | real-person | real-event | unknown
    # Optional sections, shown with their "nothing to declare" defaults:
    # creative: { key_element: false, references: [] }   # copyrighted-work | public-figure | deceased-person | artist-style | performer-feature
    # talent:
    #   replica: none       # none | create | use | unknown
    #   union_work: none    # none | member-own-work | materially-affects | replaces | unknown
    #   performers:         # each identifiable performer, with their consent records
    #     - who: A. Performer (lead)
    #       status: living  # living | deceased | unknown
    #       union: member   # member | non-member | unknown
    #       consent:        # party: performer | estate | guardian | union | all-parties
    #         - { ref: CONSENT-0001, party: performer, scope: this-production, signed_on: 2026-01-10 }
    # audience: { could_mislead: false }
    # assets: [{ path: vfx/shot-042.exr }]   # the files this use produced
    # approvals:            # written approvals for escalated rules
    #   - ref: GENAI-2026-0001
    #     rules: [final-deliverable]
    #     approved_on: 2026-01-15
    #     expires_on: 2027-01-15
`;
}
