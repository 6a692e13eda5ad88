### Kinline — the caller's page (server/assets/caller, served by the centre server): strings
### language: sq (Albanian, Shqip)
### translator: machine draft by the Kinline call engineer (issue #5), not a native speaker
### reviewed: no

join-title = Thirrje video
join-legal = Kjo është një thirrje ligjore: stafi nuk e mbikëqyr.
join-starting = Po ndizet kamera juaj…
join-no-camera = Kamera ose mikrofoni juaj nuk u ndez. Lejojini dhe ringarkoni këtë faqe.
join-waiting = Ju lutemi prisni: një zyrtar do t'ju kontrollojë dhe do t'ju lejojë të hyni së shpejti.
join-connecting = Po lidhet…
join-in-call = Jeni lidhur.
join-warning = Thirrja mbaron pas një minute.
join-reconnecting = Lidhja u ndërpre. Po rilidhet…
join-no-route = Nuk u krijua dot asnjë lidhje nga ky shfletues. Kontrolloni lidhjen me internetin, pastaj ringarkoni këtë faqe.
join-peer-left = Pala tjetër humbi lidhjen. Në pritje…
join-ended-completed = Thirrja përfundoi.
join-ended-slot-ended = Thirrja përfundoi: koha mbaroi.
join-ended-terminated = Zyrtari e përfundoi thirrjen.
join-ended-technical-failure = Thirrja përfundoi sepse lidhja dështoi. Mund të rezervohet përsëri pa pagesë.
join-ended-not-admitted = Thirrja nuk u zhvillua.
join-unknown = Kjo lidhje nuk është e vlefshme ose thirrja ka përfunduar.
join-in-use = Dikush është tashmë në këtë thirrje me këtë lidhje. Vetëm një person mund të bashkohet; nëse ishit ju, mbyllni dritaren tjetër.
join-hang-up = Mbyll
join-no-record = Mos e regjistroni këtë thirrje. Qendra ruan vetëm datën, orën dhe kohëzgjatjen e saj.
join-language = Gjuha
refused-unknown = Kjo lidhje nuk është e vlefshme. Kontrolloni lidhjen që ju është dërguar.
refused-cancelled = Kjo thirrje u anulua.
refused-over = Kjo thirrje është zhvilluar tashmë.
refused-past = Koha për këtë thirrje ka kaluar.
