### Kinline — the staff console: interface strings
### language: en-GB (English (United Kingdom), English)
### translator: Kinline team
### reviewed: yes
# The staff console is read by UK staff in English. The written notice a detainee receives is
# not here: it comes from the suspension-* messages of kinline.ftl, in the detainee's language.
# Every id is used by app/src/console (ct / ct_args), and every ct id is here: a test checks both.

## Screens, as in the navigation

screen-sign-in = Sign in
screen-nothing-for-this-role = Staff console
screen-suspensions = Suspensions
screen-suspend = Suspend access
screen-notice = Written notice
screen-deadlines = Appeals and deadlines
screen-compliance = Suspensions to oversee
screen-reviews = Weekly reviews
screen-exceptions = Policy exceptions
screen-referrals = Security referrals
screen-schedule = Opening hours
screen-staff = Staff accounts
screen-tablets = Tablets
screen-rooms = Rooms
screen-calls = Calls and rooms
screen-compact = Compact versions
screen-reports = Reports

## Header and sign-in

console-nav-label = Console
console-refresh = Refresh
console-sign-out = Sign out
console-title = Kinline staff console
sign-in-staff-id = Staff id
sign-in-secret = PIN or password
sign-in-button = Sign in

## Administrator: opening hours (§7, Annex A)

schedule-lead = The service must be open at least 7 hours every day (§7); slots last 30 to 60 minutes.
schedule-opens = Opens (HH:MM)
schedule-closes = Closes (HH:MM)
schedule-slot = Slot length (minutes)
schedule-points = Calls at once (tablets or rooms)
schedule-from = From (YYYY-MM-DD; empty for today)
schedule-save = Save opening hours

## Administrator: staff accounts

staff-id-field = Staff id (empty for a new account)
staff-name-field = Name
staff-role = Role
staff-secret = PIN or password
staff-may-sign-in = May sign in
staff-save = Save the account
staff-list = Staff accounts
staff-none = No staff accounts yet.
staff-col-name = Name
staff-col-number = Staff number
staff-col-role = Role
staff-col-sign-in = Sign-in
staff-col-id = Staff id
staff-allowed = allowed
staff-disabled = disabled
staff-change = Change

## Administrator: tablets

tablets-enrol = Enrol a tablet
tablets-label-field = Label for the tablet (e.g. Wing A tablet 1)
tablets-new-code = New enrolment code
tablets-code = Code: { $code } — expires { $expires }.
tablets-list = Enrolled tablets
tablets-none = No tablet is enrolled yet.
tablets-col-label = Label
tablets-col-enrolled = Enrolled
tablets-col-status = Status
tablets-col-id = Tablet id
tablets-revoked = revoked
tablets-in-use = in use
tablets-revoke = Revoke
tablets-revoke-label = Revoke { $device }
tablets-code-made = New enrolment code: type it on the tablet before it expires.
tablets-revoked-done = Tablet revoked: it can no longer sync.

## Administrator: rooms (§7)

rooms-lead = The rooms calls take place in. A new booking goes to the first active room with a place; a retired room takes no new call, and calls already in it keep it.
rooms-name-field = Room name
rooms-capacity-field = Calls at once (1 to 50)
rooms-add = Add the room
rooms-none = No rooms yet: calls use the centre's call points.
rooms-col-room = Room
rooms-col-capacity = Calls at once
rooms-col-status = Status
rooms-active = active
rooms-retired = retired
rooms-retire = Retire
rooms-retire-label = Retire { $room }
rooms-name-missing = Type the room's name (e.g. Visits room 2).
rooms-capacity-missing = Type how many calls can run in the room at once (1 to 50).
rooms-added = Room added: { $room }. New bookings go to it while it has a place.
rooms-retired-done = Room retired: no new call goes in it; calls already there keep it.

## Managers and the administrator: a day's calls (§9)

calls-lead = The day's calls, legal calls first in each slot (§9), and the room each is in. A call with no room uses one of the centre's call points.
calls-date-field = Date (YYYY-MM-DD, London)
calls-show = Show
calls-none = No calls booked that day.
calls-col-time = Time
calls-col-call = Call
calls-col-detainee = Detainee
calls-col-state = Where it stands
calls-col-room = Room
calls-col-move = Move to
calls-legal = Legal
calls-social = Social
calls-call-point = a call point
calls-room-retired = { $room } (retired)
calls-move-label = Move the call at { $time } to { $room }
calls-date-bad = Type the date as YYYY-MM-DD (London), e.g. 2026-12-01.
calls-moved = The call is in { $room } now.

## Administrator: compact versions (§10)

compact-lead = Publishing a new version means every detainee signs it again before their next call (§10).
compact-version-field = New version id
compact-publish = Publish
