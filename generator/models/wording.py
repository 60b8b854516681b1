"""The words printed around content (labels, footer, page numbers), per language.

Every key is described here; the built-in `templates/wording/en.yaml` gives every value, and
a language or a user's override gives only the keys it changes. Each value is a placeholder
template (`{{ practice.name }}`), filled in per document.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, StringConstraints, create_model

from actsheets.models.base import StrictModel

Label = Annotated[str, StringConstraints(min_length=1, max_length=300)]
Line = Annotated[str, StringConstraints(max_length=500)]


class Wording(StrictModel):
    """Labels around content in one language."""

    page_of: Label = Field(description="page numbers in the footer; uses {{ page }} and "
                           "{{ pages }}", examples=["Page {{ page }} of {{ pages }}"])
    footer_line: Line = Field(description="second footer line, e.g. the practice and contact")
    key_points: Label = Field(description="heading of a handout's key-points box")
    assignments: Label = Field(description="default heading of a handout's assignments")
    references: Label = Field(description="heading of the references")
    contents: Label = Field(description="heading of the table of contents in a combined PDF")
    adapted_from: Label = Field(description="before the source a document is adapted from")
    licence: Label = Field(description="before the licence line")
    for_therapist: Label = Field(description="small label above a therapist handout's title")
    for_client: Label = Field(description="small label above a client handout's title")
    name: Label = Field(description="label of the name line")
    date: Label = Field(description="label of the date line")
    week: Label = Field(description="label of the week line")
    therapist_guide: Label = Field(description="heading of a worksheet's therapist guide")
    introduce: Label = Field(description="guide heading: how to introduce the sheet")
    review: Label = Field(description="guide heading: how to review it next session")
    weekdays: list[Label] = Field(min_length=7, max_length=7,
                                  description="the seven weekday names, Monday first")
    day: Label = Field(description="heading of a tracker's day column")
    letter_salutation: Label = Field(description="a letter block's default opening word")
    letter_sign_off: Label = Field(description="a letter block's default closing line")
    letter_to: Label = Field(description="form-field tooltip: who the letter is to")
    letter_body: Label = Field(description="form-field tooltip: the letter itself")
    letter_from: Label = Field(description="form-field tooltip: the signature")
    bullseye_quarters: list[Label] = Field(
        min_length=4, max_length=4,
        description="the bull's-eye's four default life areas, top-left first")
    choice_point_away: Label = Field(description="choice point: the away box")
    choice_point_towards: Label = Field(description="choice point: the towards box")
    choice_point_hooks: Label = Field(description="choice point: the hooks box")
    choice_point_situation: Label = Field(description="choice point: the situation box")
    # The HTML twin and the catalog (output/index.html)
    choice_point_title: Label = Field(description="HTML: the choice-point diagram's title")
    choice_point_description: Label = Field(
        description="HTML: what the choice-point diagram shows, for screen readers")
    bullseye_title: Label = Field(description="HTML: the bull's-eye diagram's title")
    bullseye_description: Label = Field(
        description="HTML: what the bull's-eye diagram shows, for screen readers")
    bullseye_ring: Label = Field(description="HTML: before a ring's number (Ring 1, Ring 2)")
    bullseye_centre: Label = Field(description="HTML: after ring 1, the centre")
    bullseye_edge: Label = Field(description="HTML: after the outermost ring's number")
    catalog_title: Label = Field(description="catalog: the page title and heading")
    catalog_intro: Line = Field(description="catalog: a sentence under the heading")
    catalog_filters: Label = Field(description="catalog: heading of the filters")
    catalog_all: Label = Field(description="catalog: the filter choice that shows everything")
    catalog_shown: Label = Field(description="catalog: before the count of documents shown")
    catalog_none: Label = Field(description="catalog: shown when no document matches")
    catalog_kind: Label = Field(description="catalog: the kind of document")
    catalog_audience: Label = Field(description="catalog: who the document is for")
    catalog_process: Label = Field(description="catalog: the ACT process it serves")
    catalog_language: Label = Field(description="catalog: the document's language")
    catalog_time: Label = Field(description="catalog: time needed")
    catalog_minutes: Label = Field(description="catalog: after a number of minutes")
    catalog_files: Label = Field(description="catalog: before the links to the files")
    catalog_no_thumbnail: Label = Field(
        description="catalog: shown instead of a first-page picture when there is none")
    act_processes: list[Label] = Field(
        min_length=1, max_length=12,
        description="catalog: the ACT processes; a document serves one when its `keywords` "
                    "include the name (capitals ignored)")
    kind_handout: Label = Field(description="catalog: the handout kind")
    kind_worksheet: Label = Field(description="catalog: the worksheet kind")
    kind_plan: Label = Field(description="catalog: the homework plan kind")
    kind_course: Label = Field(description="catalog: the CE course kind")
    variant_letter: Label = Field(description="catalog link: US Letter paper")
    variant_a4: Label = Field(description="catalog link: A4 paper")
    variant_large: Label = Field(description="catalog link: large print")
    variant_fillable: Label = Field(description="catalog link: fillable PDF")
    variant_therapist: Label = Field(description="catalog link: the therapist version")
    variant_client: Label = Field(description="catalog link: the client's version")
    variant_html: Label = Field(description="catalog link: the accessible web page")
    course_pack: Label = Field(description="a course pack: the label on its cover and in its PDF title")
    course_cover_label: Label = Field(description="small label above the title on a course cover")
    course_presented_by: Label = Field(description="course cover: before the instructors' names")
    course_provider: Label = Field(description="course information: the provider's heading")
    course_information: Label = Field(description="heading of a course pack's information part")
    course_description: Label = Field(description="course information: the description's heading")
    course_objectives: Label = Field(description="course information: the objectives' heading")
    course_objectives_lead: Label = Field(description="the sentence before the learning objectives")
    course_details: Label = Field(description="course information: heading of the level, format and audience table")
    course_audience: Label = Field(description="course details: the target audience")
    course_level: Label = Field(description="course details: the level")
    course_levels: list[Label] = Field(min_length=3, max_length=3, description="the three instructional levels: introductory, intermediate, advanced")
    course_format: Label = Field(description="course details: the format")
    course_formats: list[Label] = Field(min_length=3, max_length=3, description="the three formats: live in person, live webinar, home study")
    course_dates: Label = Field(description="course details: the course date(s)")
    course_location: Label = Field(description="course details: where it takes place")
    course_credits: Label = Field(description="course details and certificates: the credits line")
    course_ce_hours: Label = Field(description="after a number of credit hours, e.g. 1 CE hours")
    course_agenda: Label = Field(description="course information: the agenda's heading")
    course_time: Label = Field(description="agenda table: time column")
    course_topic: Label = Field(description="agenda table: topic column")
    course_minutes: Label = Field(description="agenda table: minutes column")
    course_no_credit: Label = Field(description="agenda: marks a part that earns no credit")
    course_credit_total: Label = Field(description="agenda: the total of the credit-bearing minutes")
    course_instructors: Label = Field(description="course information: the instructors' heading")
    course_approvals: Label = Field(description="course information: heading of the credits and board statements")
    course_approval_number: Label = Field(description="before a board approval number")
    course_approval_period: Label = Field(description="before a board approval period")
    course_disclosures: Label = Field(description="course information: the disclosures' heading")
    course_conflicts: Label = Field(description="disclosures: conflicts of interest")
    course_commercial_support: Label = Field(description="disclosures: commercial support")
    course_accommodations: Label = Field(description="course information: how to ask for accommodations")
    course_cancellation: Label = Field(description="course information: the cancellation and refund policy")
    course_discussion: Label = Field(description="heading of a course's discussion questions")
    course_further: Label = Field(description="title of the course pack's last part")
    course_post_test: Label = Field(description="title of the post-test")
    course_post_test_instructions: Label = Field(description="the post-test's instructions")
    course_pass_mark: Label = Field(description="before the pass mark on the post-test and answer key")
    course_answer_key: Label = Field(description="title of the post-test's answer key")
    course_answer_key_note: Label = Field(description="under the answer key's title")
    course_question: Label = Field(description="answer key: question column")
    course_answer: Label = Field(description="answer key: answer column")
    course_objective: Label = Field(description="answer key: objective column")
    course_true: Label = Field(description="true/false questions: the word true")
    course_false: Label = Field(description="true/false questions: the word false")
    course_evaluation: Label = Field(description="title of the evaluation form")
    course_evaluation_intro: Label = Field(description="the evaluation form's instructions")
    course_evaluation_objective: Label = Field(description="evaluation: before each learning objective")
    course_evaluation_instructor: Label = Field(description="evaluation: before each instructor's name")
    course_evaluation_learned: Label = Field(description="evaluation: the learning question")
    course_evaluation_useful: Label = Field(description="evaluation: the usefulness question")
    course_evaluation_low: Label = Field(description="evaluation: the low end of each scale")
    course_evaluation_high: Label = Field(description="evaluation: the high end of each scale")
    course_evaluation_comments: list[Label] = Field(min_length=1, max_length=6, description="evaluation: the default prompts for written comments")
    course_certificate: Label = Field(description="the certificate's heading")
    course_certifies: Label = Field(description="certificate: before the participant's name")
    course_completed: Label = Field(description="certificate: between the name and the course title")
    course_completion_date: Label = Field(description="certificate: before the completion date")
    course_licence: Label = Field(description="certificate: before the participant's licence number")
    course_certificate_id: Label = Field(description="certificate: before the certificate ID")
    course_verification: Label = Field(description="certificate: before the verification code")
    # homework packets (kind: plan)
    plan_packet: Label = Field(description="a packet's PDF title and top bookmark (never "
                               "the client's name)")
    plan_client: Label = Field(description="plan page: before the client's name")
    plan_therapist: Label = Field(description="plan page: before the therapist's name")
    plan_starts: Label = Field(description="plan page: before the start date")
    plan_length: Label = Field(description="plan page: before the number of weeks")
    plan_review_on: Label = Field(description="plan page: before the next review date")
    plan_why: Label = Field(description="plan page: heading of the why, in the client's words")
    plan_week_by_week: Label = Field(description="plan page: heading of the week-by-week table")
    plan_dates: Label = Field(description="week-by-week table: heading of the dates column")
    plan_a_day: Label = Field(description="after a daily dose: 2 minutes *a day*")
    plan_missed_days: Label = Field(description="plan page: missed days are normal (a plan's "
                                    "`missed_days:` replaces it)")
    plan_practices: Label = Field(description="plan page: heading of the practices")
    plan_when_then: Label = Field(description="plan page: before a when-then plan")
    plan_hard_day: Label = Field(description="plan page: before the hard-day minimum")
    plan_obstacle: Label = Field(description="plan page: heading of what might get in the way")
    plan_response: Label = Field(description="plan page: heading of what the client will do "
                                 "then")
    plan_confidence: Label = Field(description="plan page: how sure the client is, 0 to 10")
    plan_out_of_ten: Label = Field(description="after a confidence: 6 *out of 10*")
    plan_make_smaller: Label = Field(description="plan page: the prompt to make a practice "
                                     "smaller when confidence is below 7")
    plan_check_in: Label = Field(description="plan page and trackers: before how to check in")
    plan_this_week: Label = Field(description="above a dated tracker: before the week's dose")
    plan_review_title: Label = Field(description="title of a packet's closing review page")
    plan_review_intro: Label = Field(description="review page: what it is for")
    plan_review_did: Label = Field(description="review page: what I did (per practice)")
    plan_review_how_often: Label = Field(description="review page: column, how often")
    plan_review_how_it_went: Label = Field(description="review page: column, how it went")
    plan_review_in_the_way: Label = Field(description="review page: what got in the way")
    plan_review_noticed: Label = Field(description="review page: what I noticed")
    plan_review_keep_change: Label = Field(description="review page: what to keep or change")
    choice_point_values: Label = Field(description="choice point: the values box on the "
                                       "towards side")
    safety_line: Line = Field(
        description="on every page a client reads, under the contact line: when messages are "
                    "read and what to do in an emergency", examples=["{{ practice.safety }}"])
    footer_line_therapist: Line = Field(
        description="the footer line on pages for therapists (no client contact line)")
    example: Label = Field(description="the tag on a worked example's answers and page")
    worked_example: Label = Field(description="heading of a worksheet's worked example")
    aim: Label = Field(description="guide heading: what the sheet is for")
    process: Label = Field(description="guide heading: the ACT process it targets")
    when_to_use: Label = Field(description="guide heading: when to use it")
    cautions: Label = Field(description="guide heading: when to be careful")
    time_needed: Label = Field(description="guide heading: how long it takes")
    sources: Label = Field(description="heading of where a worksheet's ideas come from")
    title_therapist: Label = Field(description="added to the PDF title of the therapist "
                                   "version", examples=["therapist guide"])
    title_large_print: Label = Field(description="added to the PDF title of large print")
    title_fillable: Label = Field(description="added to the PDF title of the fillable sheet")
    translation_draft: Label = Field(
        description="footer note on every page of a translation whose status is still draft",
        examples=["draft translation, not yet reviewed"])


WordingOverride = create_model(  # the same keys and limits, each optional: a wording file
    "WordingOverride", __base__=StrictModel,
    **{name: (Annotated[info.annotation, *info.metadata] | None,
              Field(None, description=info.description))
       for name, info in Wording.model_fields.items()},
)
