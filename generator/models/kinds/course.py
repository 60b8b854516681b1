"""A continuing-education (CE) course: what the approving boards see (exact title, provider,
approvals, credits, level, format), what attendees read (objectives, agenda, instructors,
included handouts and worksheets, discussion questions, references, disclosures), the
post-test with its answers, the evaluation form and the certificate's signatures.

Checks here are the ones a board would make of the file itself: the credit-bearing minutes
of the agenda add up to the credits, every answer is one of its question's options, every
question tests an objective the course states. Advice that is not a rule (how many
questions per credit) comes back as warnings from `course_warnings`.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import typing
from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from actsheets.messages import Finding
from actsheets.models.base import StrictModel
from actsheets.models.common import Audience, DocumentBase, kind_field
from actsheets.models.text import Identifier, Text, Title

Level = Literal["introductory", "intermediate", "advanced"]
Format = Literal["live_in_person", "live_webinar", "home_study"]
ClockTime = Annotated[str, StringConstraints(pattern=r"^([01]?\d|2[0-3]):[0-5]\d$"),
                      Field(description="a time of day as HH:MM, for example 09:30",
                            examples=["09:30"])]
LEVELS_ORDER = typing.get_args(Level)
FORMATS_ORDER = typing.get_args(Format)
DEFAULT_PASS_MARK = 75
LETTERS = "abcdefgh"


class Approval(StrictModel):
    board: Identifier = Field(description="the approving board, for example apa, nbcc or "
                                          "aswb-ace (the statement of the same name uses it)",
                              examples=["nbcc"])
    name: Title | None = Field(None, description="the board's name as printed (default: the "
                                                 "board id in capitals)",
                               examples=["ASWB ACE"])
    number: Title | None = Field(None, description="the provider's approval number with this "
                                                   "board", examples=["7321"])
    period_start: dt.date | None = Field(None, description="first day of the approval period "
                                                           "(YYYY-MM-DD)",
                                        examples=["2026-01-01"])
    period_end: dt.date | None = Field(None, description="last day of the approval period "
                                                         "(YYYY-MM-DD)",
                                      examples=["2028-12-31"])


class Provider(StrictModel):
    name: Title = Field(description="the provider's name, exactly as the boards approved it",
                        examples=["Hillside Training"])
    address: list[Title] = Field(default_factory=list, max_length=6,
                                 description="address lines",
                                 examples=[["12 Mill Lane", "Springfield"]])
    contact: Title | None = Field(None, description="phone, e-mail or web address for "
                                                    "questions and complaints",
                                examples=["training@example.org"])
    logo: str | None = Field(None, max_length=300,
                             description="a PNG or JPEG file inside the project, relative to "
                                         "the project folder (shown on the cover and on "
                                         "certificates)", examples=["templates/logo.png"])
    approvals: list[Approval] = Field(default_factory=list, max_length=20,
                                      description="one approval number and period per board",
                                      examples=[[{"board": "apa", "number": "1234"}]])


class Credit(StrictModel):
    board: Identifier = Field(description="the board that grants the credit, for example apa",
                              examples=["apa"])
    hours: float = Field(gt=0, le=100, description="CE hours (credits) this board grants",
                         examples=[1])
    category: Title = Field("general", description="credit category, for example general or "
                                                   "ethics", examples=["general"])


class Instructor(StrictModel):
    name: Title = Field(description="the instructor's name", examples=["Dr. Jo Park"])
    credentials: Title | None = Field(None, description="degrees and licences, for example "
                                                        "PhD, LCSW", examples=["PsyD"])
    bio: Text | None = Field(None, description="a short biography (two or three sentences)",
                             examples=["Jo has taught ACT to clinicians for ten years."])


class AgendaItem(StrictModel):
    start: ClockTime | None = Field(None, description="when this part starts (HH:MM); later "
                                                      "parts follow on from the minutes",
                                     examples=["09:00"])
    minutes: int = Field(ge=1, le=720, description="how long this part lasts, in minutes",
                         examples=[30])
    topic: Title = Field(description="what this part covers", examples=["Setting homework"])
    credit: bool = Field(True, description="false for breaks and other parts that earn no "
                                           "credit (they are marked and left out of the sum)",
                         examples=[False])


class Include(StrictModel):
    id: Identifier = Field(description="the id of a handout or worksheet in content/ (its "
                                       "`id:` or file name)", examples=["choice-point"])
    audience: Audience = Field("client", description="client: the sheet as clients get it; "
                                                     "therapist: with its therapist guide",
                           examples=["therapist"])


class Question(StrictModel):
    question: Text = Field(description="the question as printed on the post-test",
                           examples=["Which of these is a when-then plan?"])
    type: Literal["multiple_choice", "true_false"] = Field(
        "multiple_choice", description="multiple_choice (pick one option) or true_false",
        examples=["true_false"])
    options: list[Title] = Field(default_factory=list, max_length=len(LETTERS),
                                 description="multiple choice: the answers to choose from, "
                                             "in order (a, b, c...)",
                                 examples=[["Exercise more", "When I wake, I will stretch"]])
    answer: str | bool = Field(
        description="multiple choice: the letter of the right option (a, b, c...); "
                    "true/false: true or false", examples=["b"])
    objective: int = Field(ge=1, description="the number of the learning objective this "
                                             "question tests (1 for the first)",
                           examples=[1])

    def answer_letter(self) -> str | None:
        """The right option's letter, or None when the answer names no option."""
        if isinstance(self.answer, bool):
            return None
        text = self.answer.strip()
        if len(text) == 1 and text.lower() in LETTERS[:len(self.options)]:
            return text.lower()
        matches = [i for i, option in enumerate(self.options) if option.strip() == text]
        return LETTERS[matches[0]] if matches else None

    def answer_truth(self) -> bool | None:
        if isinstance(self.answer, bool):
            return self.answer
        return {"true": True, "false": False}.get(self.answer.strip().lower())


class PostTest(StrictModel):
    pass_mark: int | None = Field(None, ge=1, le=100,
                                  description=f"the lowest passing score in percent (boards "
                                              f"usually ask for one; {DEFAULT_PASS_MARK} when "
                                              "not stated)", examples=[75])
    instructions: Text | None = Field(None, description="what attendees read before the "
                                                        "questions",
                                      examples=["Circle one answer for each question."])
    questions: list[Question] = Field(
        min_length=1, max_length=100, description="the post-test questions (1 to 100)",
        examples=[[{"question": "Homework should start small.", "type": "true_false",
                    "answer": True, "objective": 1}]])

    @property
    def mark(self) -> int:
        return self.pass_mark if self.pass_mark is not None else DEFAULT_PASS_MARK


class Evaluation(StrictModel):
    items: list[Title] = Field(default_factory=list, max_length=20,
                               description="more statements to rate, besides each objective, "
                                           "the instructors and the usual questions",
                               examples=[["The handouts will help my work."]])
    comments: list[Title] = Field(default_factory=list, max_length=6,
                                  description="prompts for written comments (default: what "
                                              "was most useful, what could be better)",
                                  examples=[["What will you try first?"]])


class Signature(StrictModel):
    name: Title = Field(description="the name printed under the signature",
                        examples=["Dr. Jo Park"])
    role: Title | None = Field(None, description="the signer's role, printed under the name",
                               examples=["Continuing education director"])
    image: str | None = Field(None, max_length=300,
                              description="a PNG or JPEG of the signature, inside the project",
                              examples=["templates/signature.png"])


class Disclosures(StrictModel):
    conflicts_of_interest: Text = Field(description="relevant financial or other interests "
                                                    "of the planners and instructors (or that "
                                                    "there are none)",
                                       examples=["The planners and instructors have none."])
    commercial_support: Text = Field(description="who paid for the course besides the "
                                                 "attendees (or that nobody did)",
                                    examples=["None: the course is paid for by attendees."])


class Course(DocumentBase):
    kind: Literal["course"] = kind_field("course", "a continuing-education course")
    title: Title = Field(description="the course title exactly as the boards approved it "
                                     "(certificates print it as written)",
                        examples=["Homework in ACT"])
    provider: Provider = Field(description="who offers the course: name, address, contact and "
                                           "board approvals",
                               examples=[{"name": "Hillside Training",
                                          "contact": "training@example.org"}])
    credits: list[Credit] = Field(min_length=1, max_length=20,
                                  description="CE hours per board and category",
                                  examples=[[{"board": "apa", "hours": 1}]])
    level: Level = Field(description="introductory, intermediate or advanced",
                         examples=["introductory"])
    target_audience: Text = Field(description="who the course is for",
                                  examples=["Psychologists, counsellors and social workers"])
    format: Format = Field(description="live_in_person, live_webinar or home_study",
                           examples=["live_webinar"])
    dates: list[dt.date] = Field(default_factory=list, max_length=30,
                                 description="the day(s) the course runs (YYYY-MM-DD)",
                                 examples=[["2026-05-14"]])
    location: Text | None = Field(None, description="where the course takes place",
                                  examples=["Online (a link is sent on booking)"])
    description: Text | None = Field(None, description="what the course is about, a "
                                                       "paragraph or two",
                                   examples=["How to set homework clients actually do."])
    instructors: list[Instructor] = Field(
        min_length=1, max_length=10, description="who teaches the course (1 to 10)",
        examples=[[{"name": "Dr. Jo Park", "credentials": "PsyD"}]])
    objectives: list[Text] = Field(min_length=1, max_length=20,
                                   description="learning objectives, each finishing \"By the "
                                               "end, participants will be able to...\"",
                                   examples=[["Describe two ways to make homework easier."]])
    agenda: list[AgendaItem] = Field(
        min_length=1, max_length=60, description="the parts of the course in order, with "
                                                 "their minutes (these add up to the credits)",
        examples=[[{"start": "09:00", "minutes": 60, "topic": "Setting homework"}]])
    includes: list[Include] = Field(default_factory=list, max_length=60,
                                    description="handouts and worksheets in the course pack, "
                                                "in order",
                                    examples=[[{"id": "choice-point"}]])
    discussion_questions: list[Text] = Field(
        default_factory=list, max_length=40, description="questions to talk over in the course",
        examples=[["What gets in the way of homework for your clients?"]])
    references: list[Text] = Field(default_factory=list, max_length=100,
                                   description="sources, one per item",
                                   examples=[[("Author, A. (2020). Title of the book. "
                                              "Publisher.")]])
    disclosures: Disclosures = Field(
        description="conflicts of interest and commercial support, as boards require",
        examples=[{"conflicts_of_interest": "None.", "commercial_support": "None."}])
    accommodations: Text = Field(description="how to ask for accommodations (access needs)",
                                 examples=["E-mail us a week before the course."])
    cancellation: Text = Field(description="the cancellation and refund policy",
                               examples=["Full refund up to 7 days before the course."])
    statements: list[Identifier] = Field(
        default_factory=list, max_length=20,
        description="board statements to print, by name: apa, nbcc, aswb-ace, or one of your "
                    "own in templates/statements/<name>.j2",
        examples=[["apa", "nbcc", "aswb-ace"]])
    post_test: PostTest = Field(
        description="the test attendees pass for credit: questions, answers and a pass mark",
        examples=[{"pass_mark": 75, "questions": [
            {"question": "Homework should start small.", "type": "true_false", "answer": True,
             "objective": 1}]}])
    evaluation: Evaluation = Field(
        default_factory=Evaluation,
        description="the evaluation form: extra statements to rate and comment prompts",
        examples=[{"items": ["The pace was right."]}])
    signatures: list[Signature] = Field(default_factory=list, max_length=3,
                                        description="who signs certificates (default: the "
                                                    "instructors)",
                                        examples=[[{"name": "Dr. Jo Park",
                                                    "role": "Instructor"}]])

    @property
    def credit_minutes(self) -> int:
        return sum(item.minutes for item in self.agenda if item.credit)

    def board_hours(self) -> dict[str, float]:
        hours: dict[str, float] = {}
        for credit in self.credits:
            hours[credit.board] = hours.get(credit.board, 0) + credit.hours
        return hours

    def board_name(self, board: str) -> str:
        approval = self.approval(board)
        return approval.name if approval is not None and approval.name else board.upper()

    def approval(self, board: str) -> Approval | None:
        return next((a for a in self.provider.approvals if a.board == board), None)

    def agenda_times(self) -> list[tuple[int, int] | None]:
        """Each agenda item's start and end in minutes after midnight (None before the
        first stated start)."""
        times: list[tuple[int, int] | None] = []
        clock: int | None = None
        for item in self.agenda:
            if item.start is not None:
                clock = _minutes(item.start)
            times.append(None if clock is None else (clock, clock + item.minutes))
            if clock is not None:
                clock += item.minutes
        return times

    def check(self) -> list[Finding]:
        found: list[Finding] = []
        minutes = self.credit_minutes
        for board, hours in self.board_hours().items():
            if abs(hours * 60 - minutes) > 0.5:
                index = next(i for i, c in enumerate(self.credits) if c.board == board)
                found.append(Finding(("credits", index, "hours"), "course.credits-mismatch",
                                     {"board": board, "hours": _number(hours),
                                      "need": hours * 60, "minutes": minutes}))
        seen_boards: set[str] = set()
        for index, credit in enumerate(self.credits):
            key = f"{credit.board}|{credit.category}"
            if key in seen_boards:
                found.append(Finding(("credits", index), "course.credit-repeated",
                                     {"board": credit.board, "category": credit.category}))
            seen_boards.add(key)
        found += self._check_agenda()
        for index, approval in enumerate(self.provider.approvals):
            if (approval.period_start and approval.period_end
                    and approval.period_start > approval.period_end):
                found.append(Finding(("provider", "approvals", index, "period_end"),
                                     "course.period-backwards", {"board": approval.board}))
            if any(a.board == approval.board for a in self.provider.approvals[:index]):
                found.append(Finding(("provider", "approvals", index, "board"),
                                     "course.approval-repeated", {"board": approval.board}))
        for index, board in enumerate(self.statements):
            if board in self.statements[:index]:
                found.append(Finding(("statements", index), "course.statement-repeated",
                                     {"name": board}))
        for index, question in enumerate(self.post_test.questions):
            found += [f.inside("post_test", "questions", index)
                      for f in _check_question(question, len(self.objectives))]
        for index, include in enumerate(self.includes):
            if any(i.id == include.id and i.audience == include.audience
                   for i in self.includes[:index]):
                found.append(Finding(("includes", index, "id"), "course.include-repeated",
                                     {"id": include.id}))
        return found

    def _check_agenda(self) -> list[Finding]:
        found: list[Finding] = []
        clock: int | None = None
        for index, item in enumerate(self.agenda):
            if item.start is not None:
                start = _minutes(item.start)
                if clock is not None and start < clock:
                    found.append(Finding(("agenda", index, "start"), "course.agenda-overlap",
                                         {"start": item.start, "expected": _clock(clock)}))
                clock = start
            if clock is not None:
                clock += item.minutes
        return found


def _check_question(question: Question, objectives: int) -> list[Finding]:
    found: list[Finding] = []
    if question.objective > objectives:
        found.append(Finding(("objective",), "course.question-objective",
                             {"number": question.objective, "count": objectives}))
    if question.type == "true_false":
        if question.options:
            found.append(Finding(("options",), "course.true-false-options"))
        if question.answer_truth() is None:
            found.append(Finding(("answer",), "course.answer-not-true-false"))
        return found
    if len(question.options) < 2:
        found.append(Finding(("options",), "course.too-few-options"))
        return found
    if question.answer_letter() is None:
        letters = ", ".join(LETTERS[:len(question.options)])
        found.append(Finding(("answer",), "course.answer-not-an-option",
                             {"answer": str(question.answer)[:40], "letters": letters}))
    return found


def course_warnings(course: Course) -> list[Finding]:
    """Common board guidance, as warnings: about 6-8 questions per credit hour, at most one
    true/false question per hour, a pass mark stated."""
    found: list[Finding] = []
    hours = max(course.board_hours().values())
    count = len(course.post_test.questions)
    low, high = math.floor(6 * hours), math.ceil(8 * hours)
    if not low <= count <= high:
        found.append(Finding(("post_test", "questions"), "course.question-count",
                             {"count": count, "hours": _number(hours), "low": max(low, 1),
                              "high": max(high, 1)}))
    true_false = [i for i, q in enumerate(course.post_test.questions) if q.type == "true_false"]
    allowed = max(1, math.floor(hours))
    if len(true_false) > allowed:
        found.append(Finding(("post_test", "questions", true_false[allowed]),
                             "course.too-many-true-false",
                             {"count": len(true_false), "allowed": allowed,
                              "hours": _number(hours)}))
    if course.post_test.pass_mark is None:
        found.append(Finding(("post_test",), "course.no-pass-mark",
                             {"mark": DEFAULT_PASS_MARK}))
    return found


def _minutes(clock: str) -> int:
    hours, minutes = clock.split(":")
    return int(hours) * 60 + int(minutes)


def _clock(minutes: int) -> str:
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"


def clock_text(minutes: int) -> str:
    return _clock(minutes)


def _number(value: float) -> str:
    """1.0 -> "1", 1.5 -> "1.5"."""
    return re.sub(r"\.?0+$", "", f"{value:.2f}") if value != int(value) else str(int(value))


def hours_text(value: float) -> str:
    return _number(value)
