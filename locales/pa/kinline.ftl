### Kinline — the tablet app and the caller's page: interface strings
### language: pa (Punjabi, ਪੰਜਾਬੀ)
### translator: machine draft by the Kinline team
### reviewed: no

app-name = Kinline
app-tagline = ਹਿਰਾਸਤ ਵਿੱਚ ਲੋਕਾਂ ਲਈ ਵੀਡੀਓ ਕਾਲਾਂ
signin-title = ਸਾਈਨ ਇਨ
signin-staff-number = ਸਟਾਫ਼ ਨੰਬਰ
signin-pin = ਪਿੰਨ
signin-button = ਸਾਈਨ ਇਨ ਕਰੋ
signin-offline-note = ਜੇ ਤੁਸੀਂ ਪਹਿਲਾਂ ਇਸ ਟੈਬਲੇਟ 'ਤੇ ਸਾਈਨ ਇਨ ਕੀਤਾ ਹੈ ਤਾਂ ਨੈੱਟਵਰਕ ਤੋਂ ਬਿਨਾਂ ਸਾਈਨ ਇਨ ਕਰ ਸਕਦੇ ਹੋ।
signin-error-unknown = ਇਹ ਸਟਾਫ਼ ਨੰਬਰ ਇਸ ਟੈਬਲੇਟ 'ਤੇ ਪਛਾਣਿਆ ਨਹੀਂ ਗਿਆ। ਇਸ ਦੀ ਜਾਂਚ ਕਰੋ, ਜਾਂ ਨੈੱਟਵਰਕ ਨਾਲ ਜੁੜੋ ਤਾਂ ਜੋ ਟੈਬਲੇਟ ਅੱਪਡੇਟ ਹੋ ਸਕੇ।
signin-error-pin = ਪਿੰਨ ਸਹੀ ਨਹੀਂ ਹੈ। ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
signin-error-locked = ਬਹੁਤ ਸਾਰੇ ਗਲਤ ਪਿੰਨ। ਮੈਨੇਜਰ ਨੂੰ ਆਪਣਾ ਖਾਤਾ ਖੋਲ੍ਹਣ ਲਈ ਕਹੋ।
signout-button = ਸਾਈਨ ਆਊਟ
today-title = ਅੱਜ ਦੀਆਂ ਕਾਲਾਂ
today-count = { $count ->
    [one] { $count } ਕਾਲ ਬੁੱਕ ਹੈ
   *[other] { $count } ਕਾਲਾਂ ਬੁੱਕ ਹਨ
}
today-empty = ਅੱਜ ਲਈ ਕੋਈ ਕਾਲ ਬੁੱਕ ਨਹੀਂ ਹੈ।
today-row = { $time } — { $name }
call-kind-social = ਸਮਾਜਿਕ ਕਾਲ
call-kind-legal = ਕਾਨੂੰਨੀ ਕਾਲ
today-open-session = ਸੈਸ਼ਨ ਖੋਲ੍ਹੋ
today-new-booking = ਨਵੀਂ ਬੁਕਿੰਗ
session-title = ਨਜ਼ਰਬੰਦ ਦਾ ਸੈਸ਼ਨ
session-for = { $name } ਲਈ ਸੈਸ਼ਨ
session-compact-needed = ਕਿਸੇ ਵੀ ਵੀਡੀਓ ਕਾਲ ਤੋਂ ਪਹਿਲਾਂ ਸਮਝੌਤੇ 'ਤੇ ਦਸਤਖ਼ਤ ਹੋਣੇ ਚਾਹੀਦੇ ਹਨ।
session-compact-signed = ਸਮਝੌਤੇ 'ਤੇ ਦਸਤਖ਼ਤ ਹੋ ਗਏ
session-suspended = ਇਸ ਵਿਅਕਤੀ ਲਈ ਵੀਡੀਓ ਕਾਲਾਂ ਮੁਅੱਤਲ ਹਨ।
session-start-call = ਕਾਲ ਸ਼ੁਰੂ ਕਰੋ
session-hand-back = ਟੈਬਲੇਟ ਅਫ਼ਸਰ ਨੂੰ ਵਾਪਸ ਦਿਓ
compact-screen-title = ਵੀਡੀਓ ਕਾਲਾਂ: ਨਿਯਮ
compact-choose-language = ਉਹ ਭਾਸ਼ਾ ਚੁਣੋ ਜਿਸ ਵਿੱਚ ਤੁਸੀਂ ਨਿਯਮ ਪੜ੍ਹਨਾ ਅਤੇ ਸੁਣਨਾ ਚਾਹੁੰਦੇ ਹੋ
compact-read-aloud = ਉੱਚੀ ਪੜ੍ਹੋ
compact-stop-reading = ਪੜ੍ਹਨਾ ਬੰਦ ਕਰੋ
compact-reading = ਉੱਚੀ ਪੜ੍ਹਿਆ ਜਾ ਰਿਹਾ ਹੈ…
compact-no-voice = ਇਸ ਟੈਬਲੇਟ 'ਤੇ ਇਸ ਭਾਸ਼ਾ ਲਈ ਕੋਈ ਆਵਾਜ਼ ਨਹੀਂ ਹੈ। ਨਿਯਮ ਸਮਝਾਉਣ ਲਈ ਦੁਭਾਸ਼ੀਏ ਦੀ ਮਦਦ ਲਓ।
compact-not-offered = ਨਿਯਮ ਇਸ ਭਾਸ਼ਾ ਵਿੱਚ ਉਪਲਬਧ ਨਹੀਂ ਹਨ। ਇਨ੍ਹਾਂ ਨੂੰ ਸਮਝਾਉਣ ਲਈ ਦੁਭਾਸ਼ੀਏ ਦੀ ਮਦਦ ਲਓ।
compact-not-reviewed = ਇਸ ਅਨੁਵਾਦ ਦੀ ਕਿਸੇ ਯੋਗ ਅਨੁਵਾਦਕ ਨੇ ਜਾਂਚ ਨਹੀਂ ਕੀਤੀ।
compact-not-reviewed-dco = ਇਸ ਅਨੁਵਾਦ ਦੀ ਸਮੀਖਿਆ ਨਹੀਂ ਹੋਈ। ਪੁਸ਼ਟੀ ਕਰੋ ਕਿ ਨਜ਼ਰਬੰਦ ਨੇ ਇਸ ਨੂੰ ਸਮਝ ਲਿਆ, ਅਤੇ ਦਰਜ ਕਰੋ ਕਿਵੇਂ।
compact-confirm-how = ਸਮਝ ਦੀ ਪੁਸ਼ਟੀ ਕਿਵੇਂ ਹੋਈ?
compact-confirm-read = ਉਨ੍ਹਾਂ ਨੇ ਇਸ ਨੂੰ ਸਕ੍ਰੀਨ 'ਤੇ ਉਸ ਭਾਸ਼ਾ ਵਿੱਚ ਪੜ੍ਹਿਆ ਜੋ ਉਹ ਚੰਗੀ ਤਰ੍ਹਾਂ ਪੜ੍ਹਦੇ ਹਨ
compact-confirm-audio = ਉਨ੍ਹਾਂ ਨੇ ਇਸ ਨੂੰ ਅੰਤ ਤੱਕ ਉੱਚੀ ਪੜ੍ਹਿਆ ਸੁਣਿਆ
compact-confirm-interpreter = ਦੁਭਾਸ਼ੀਏ ਨੇ ਇਸ ਨੂੰ ਸਮਝਾਇਆ
compact-interpreter-reference = ਦੁਭਾਸ਼ੀਏ ਦੀ ਬੁਕਿੰਗ ਜਾਂ ਬੈਜ ਦਾ ਹਵਾਲਾ
compact-understood = ਮੈਂ ਨਿਯਮ ਸਮਝ ਲਏ ਹਨ
compact-ask-question = ਮੇਰਾ ਇੱਕ ਸਵਾਲ ਹੈ
compact-version = ਸੰਸਕਰਣ { $version }
signature-title = ਇੱਥੇ ਦਸਤਖ਼ਤ ਕਰੋ
signature-instructions = ਡੱਬੇ ਦੇ ਅੰਦਰ ਉਂਗਲ ਨਾਲ ਦਸਤਖ਼ਤ ਕਰੋ।
signature-clear = ਮਿਟਾਓ
signature-confirm = ਦਸਤਖ਼ਤ ਦੀ ਪੁਸ਼ਟੀ ਕਰੋ
signature-witness = ਅਫ਼ਸਰ: ਪੁਸ਼ਟੀ ਕਰੋ ਕਿ ਤੁਸੀਂ ਨਜ਼ਰਬੰਦ ਨੂੰ ਦਸਤਖ਼ਤ ਕਰਦੇ ਦੇਖਿਆ।
signature-witness-button = ਮੈਂ ਇਸ ਦਸਤਖ਼ਤ ਦਾ ਗਵਾਹ ਹਾਂ
signature-saved = ਦਸਤਖ਼ਤ ਸੰਭਾਲਿਆ ਗਿਆ।
call-title = ਵੀਡੀਓ ਕਾਲ
call-waiting = ਕਾਲ ਕਰਨ ਵਾਲੇ ਦੇ ਜੁੜਨ ਦੀ ਉਡੀਕ…
call-caller-joined = ਕਾਲ ਕਰਨ ਵਾਲਾ ਜੁੜ ਗਿਆ।
call-check-adult = ਅੰਦਰ ਆਉਣ ਦੇਣ ਤੋਂ ਪਹਿਲਾਂ ਜਾਂਚ ਕਰੋ ਕਿ ਜਿਸ ਨੂੰ ਕਾਲ ਕੀਤੀ ਉਹ ਬਾਲਗ ਹੈ।
call-admit = ਕਾਲ ਕਰਨ ਵਾਲੇ ਨੂੰ ਅੰਦਰ ਆਉਣ ਦਿਓ
call-refuse-not-adult = ਬਾਲਗ ਨਹੀਂ — ਅੰਦਰ ਨਾ ਆਉਣ ਦਿਓ
call-mute = ਆਵਾਜ਼ ਬੰਦ
call-unmute = ਆਵਾਜ਼ ਚਾਲੂ
call-camera-off = ਕੈਮਰਾ ਬੰਦ
call-camera-on = ਕੈਮਰਾ ਚਾਲੂ
call-end = ਕਾਲ ਖ਼ਤਮ ਕਰੋ
call-time-left = { $minutes ->
    [one] { $minutes } ਮਿੰਟ ਬਾਕੀ
   *[other] { $minutes } ਮਿੰਟ ਬਾਕੀ
}
call-reconnecting = ਕਨੈਕਸ਼ਨ ਟੁੱਟ ਗਿਆ। ਦੁਬਾਰਾ ਜੁੜ ਰਿਹਾ ਹੈ…
call-legal-unsupervised = ਕਾਨੂੰਨੀ ਕਾਲ: ਦ੍ਰਿਸ਼ਟੀ ਨਿਗਰਾਨੀ ਤੋਂ ਬਿਨਾਂ।
end-title = ਕਾਲ ਖ਼ਤਮ ਕਰੋ
end-choose-reason = ਕਾਲ ਕਿਉਂ ਖ਼ਤਮ ਕੀਤੀ ਜਾ ਰਹੀ ਹੈ?
end-reason-recording = ਕਾਲ ਰਿਕਾਰਡ ਕਰਨਾ ਜਾਂ ਪ੍ਰਕਾਸ਼ਿਤ ਕਰਨਾ
end-reason-inappropriate-dress = ਅਣਉਚਿਤ ਕੱਪੜੇ
end-reason-abusive-language = ਗੰਦੀ ਜਾਂ ਅਪਮਾਨਜਨਕ ਭਾਸ਼ਾ
end-reason-sexualised-behaviour = ਜਿਨਸੀ ਵਿਹਾਰ
end-reason-inappropriate-behaviour = ਹੋਰ ਅਣਉਚਿਤ ਵਿਹਾਰ
end-reason-offensive-material = ਗ਼ੈਰ-ਕਾਨੂੰਨੀ ਜਾਂ ਅਪਮਾਨਜਨਕ ਸਮੱਗਰੀ ਦਿਖਾਉਣਾ
end-reason-unlawful-activity = ਗ਼ੈਰ-ਕਾਨੂੰਨੀ ਗਤੀਵਿਧੀ
end-reason-security-risk = ਕੇਂਦਰ ਦੀ ਸੁਰੱਖਿਆ ਨੂੰ ਖ਼ਤਰਾ
end-reason-concern-for-recipient = ਕਾਲ ਜਾਂ ਕਾਲ ਕਰਨ ਵਾਲੇ ਦੀ ਸੁਰੱਖਿਆ ਬਾਰੇ ਚਿੰਤਾ
end-confirm = ਹੁਣੇ ਕਾਲ ਖ਼ਤਮ ਕਰੋ
end-referral-note = ਇੱਕ ਰਿਪੋਰਟ ਸੁਰੱਖਿਆ ਵਿਭਾਗ ਨੂੰ ਜਾਂਦੀ ਹੈ।
incident-title = ਘਟਨਾ ਰਿਪੋਰਟ
incident-what-happened = ਕੀ ਹੋਇਆ
incident-when = ਕਦੋਂ
incident-who-involved = ਕੌਣ ਸ਼ਾਮਲ ਸੀ
incident-submit = ਰਿਪੋਰਟ ਭੇਜੋ
incident-saved = ਰਿਪੋਰਟ ਸੰਭਾਲੀ ਗਈ। ਟੈਬਲੇਟ ਔਨਲਾਈਨ ਹੋਣ 'ਤੇ ਭੇਜੀ ਜਾਵੇਗੀ।
suspension-title = ਨੋਟਿਸ: ਵੀਡੀਓ ਕਾਲਾਂ ਮੁਅੱਤਲ
suspension-body = { $name }, ਵੀਡੀਓ ਕਾਲਾਂ ਤੱਕ ਤੁਹਾਡੀ ਪਹੁੰਚ { $from } ਤੋਂ { $until } ਤੱਕ ਮੁਅੱਤਲ ਹੈ।
suspension-reasons = ਕਾਰਨ ਇਹ ਹਨ: { $reasons }।
suspension-reason-security = ਕੇਂਦਰ ਦੀ ਸੁਰੱਖਿਆ ਲਈ
suspension-reason-safety = ਕਿਸੇ ਦੀ ਸੁਰੱਖਿਆ ਲਈ
suspension-reason-breach = ਵੀਡੀਓ ਕਾਲਾਂ ਦੇ ਨਿਯਮਾਂ ਦੀ ਉਲੰਘਣਾ
suspension-appeal = ਤੁਸੀਂ ਇਸ ਫ਼ੈਸਲੇ ਵਿਰੁੱਧ ਅਪੀਲ ਕਰ ਸਕਦੇ ਹੋ। ਤੁਹਾਡੀ ਅਪੀਲ ਦਾ ਫ਼ੈਸਲਾ { $hours } ਘੰਟਿਆਂ ਵਿੱਚ ਹੋਵੇਗਾ।
suspension-legal-access = ਤੁਸੀਂ ਅਜੇ ਵੀ ਹੋਰ ਤਰੀਕਿਆਂ ਨਾਲ ਆਪਣੇ ਕਾਨੂੰਨੀ ਸਲਾਹਕਾਰ ਨਾਲ ਸੰਪਰਕ ਕਰ ਸਕਦੇ ਹੋ।
suspension-review = ਇਸ ਮੁਅੱਤਲੀ ਦੀ ਸਮੀਖਿਆ { $date } ਨੂੰ ਹੋਵੇਗੀ।
language-title = ਭਾਸ਼ਾ
language-choose = ਭਾਸ਼ਾ ਚੁਣੋ
language-option = { $native } — { $english }
sync-online = ਔਨਲਾਈਨ
sync-offline = ਔਫ਼ਲਾਈਨ — ਤੁਹਾਡਾ ਕੰਮ ਇਸ ਟੈਬਲੇਟ 'ਤੇ ਸੰਭਾਲਿਆ ਹੈ
sync-pending = { $count ->
    [one] { $count } ਰਿਕਾਰਡ ਭੇਜੇ ਜਾਣ ਦੀ ਉਡੀਕ ਵਿੱਚ
   *[other] { $count } ਰਿਕਾਰਡ ਭੇਜੇ ਜਾਣ ਦੀ ਉਡੀਕ ਵਿੱਚ
}
sync-last = ਆਖ਼ਰੀ ਵਾਰ { $time } ਵਜੇ ਭੇਜਿਆ
sync-now = ਹੁਣੇ ਭੇਜੋ
sync-failed = ਕੇਂਦਰ ਦੇ ਸਰਵਰ ਤੱਕ ਨਹੀਂ ਪਹੁੰਚ ਸਕੇ। ਤੁਹਾਡਾ ਕੰਮ ਸੁਰੱਖਿਅਤ ਹੈ; ਬਾਅਦ ਵਿੱਚ ਭੇਜਿਆ ਜਾਵੇਗਾ।
error-network = ਕੋਈ ਨੈੱਟਵਰਕ ਨਹੀਂ। ਤੁਹਾਡਾ ਕੰਮ ਸੰਭਾਲਿਆ ਹੈ ਅਤੇ ਬਾਅਦ ਵਿੱਚ ਭੇਜਿਆ ਜਾਵੇਗਾ।
error-camera = ਕੈਮਰਾ ਕੰਮ ਨਹੀਂ ਕਰ ਰਿਹਾ। ਜਾਂਚ ਕਰੋ ਕਿ ਕੋਈ ਹੋਰ ਐਪ ਇਸ ਨੂੰ ਨਹੀਂ ਵਰਤ ਰਹੀ।
error-microphone = ਮਾਈਕ੍ਰੋਫ਼ੋਨ ਕੰਮ ਨਹੀਂ ਕਰ ਰਿਹਾ। ਜਾਂਚ ਕਰੋ ਕਿ ਇਹ ਬੰਦ ਨਾ ਹੋਵੇ।
error-storage = ਟੈਬਲੇਟ ਲਗਭਗ ਭਰ ਗਿਆ ਹੈ। ਮੈਨੇਜਰ ਨੂੰ ਦੱਸੋ।
error-try-again = ਕੁਝ ਗਲਤ ਹੋ ਗਿਆ। ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
caller-title = ਵੀਡੀਓ ਕਾਲ ਵਿੱਚ ਸ਼ਾਮਲ ਹੋਵੋ
caller-code = ਸ਼ਾਮਲ ਹੋਣ ਦਾ ਕੋਡ
caller-code-help = ਉਹ ਕੋਡ ਲਿਖੋ ਜੋ ਕਾਲ ਬੁੱਕ ਹੋਣ ਵੇਲੇ ਤੁਹਾਨੂੰ ਦਿੱਤਾ ਗਿਆ ਸੀ।
caller-join = ਸ਼ਾਮਲ ਹੋਵੋ
caller-code-wrong = ਇਹ ਕੋਡ ਸਹੀ ਨਹੀਂ, ਜਾਂ ਕਾਲ ਅਜੇ ਸ਼ੁਰੂ ਨਹੀਂ ਹੋਈ। ਕੋਡ ਅਤੇ ਸਮਾਂ ਜਾਂਚੋ।
caller-camera-preview = ਤੁਹਾਡਾ ਕੈਮਰਾ
caller-allow-camera = ਇਸ ਪੰਨੇ ਨੂੰ ਆਪਣਾ ਕੈਮਰਾ ਅਤੇ ਮਾਈਕ੍ਰੋਫ਼ੋਨ ਵਰਤਣ ਦੀ ਇਜਾਜ਼ਤ ਦਿਓ।
caller-adult-notice = ਅਫ਼ਸਰ ਤੁਹਾਨੂੰ ਅੰਦਰ ਆਉਣ ਦੇਣ ਤੋਂ ਪਹਿਲਾਂ ਜਾਂਚ ਕਰੇਗਾ ਕਿ ਤੁਸੀਂ ਬਾਲਗ ਹੋ।
caller-waiting = ਅਫ਼ਸਰ ਦੀ ਇਜਾਜ਼ਤ ਦੀ ਉਡੀਕ…
caller-recording-forbidden = ਇਸ ਕਾਲ ਨੂੰ ਕਿਸੇ ਵੀ ਤਰੀਕੇ ਨਾਲ ਰਿਕਾਰਡ ਨਾ ਕਰੋ।
caller-call-ended = ਕਾਲ ਖ਼ਤਮ ਹੋ ਗਈ।
caller-ended-by-officer = ਅਫ਼ਸਰ ਨੇ ਕਾਲ ਖ਼ਤਮ ਕਰ ਦਿੱਤੀ।
caller-leave = ਕਾਲ ਛੱਡੋ
