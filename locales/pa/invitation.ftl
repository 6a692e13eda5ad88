### Kinline — the caller's messages (server/src/notify: invitation, reminder, cancellation,
### displacement by email and text message): strings
### language: pa (Punjabi, ਪੰਜਾਬੀ)
### translator: machine draft by the Kinline invitation engineer (issue #16), not a native speaker
### reviewed: no

msg-subject-invitation = ਵੀਡੀਓ ਕਾਲ ਬੁੱਕ ਹੋ ਗਈ: { $when }
msg-subject-reminder = ਯਾਦ-ਦਹਾਨੀ: ਵੀਡੀਓ ਕਾਲ { $when } ਨੂੰ
msg-subject-cancellation = ਵੀਡੀਓ ਕਾਲ ਰੱਦ ਹੋ ਗਈ: { $when }
msg-subject-displacement = ਵੀਡੀਓ ਕਾਲ ਨਹੀਂ ਹੋ ਸਕਦੀ: { $when }
msg-invitation-intro = ਤੁਹਾਨੂੰ ਇਮੀਗ੍ਰੇਸ਼ਨ ਰਿਮੂਵਲ ਸੈਂਟਰ ਵਿੱਚ ਰੱਖੇ ਗਏ ਇੱਕ ਵਿਅਕਤੀ ਨਾਲ ਵੀਡੀਓ ਕਾਲ ਲਈ ਸੱਦਾ ਦਿੱਤਾ ਗਿਆ ਹੈ।
msg-reminder-intro = ਇਮੀਗ੍ਰੇਸ਼ਨ ਰਿਮੂਵਲ ਸੈਂਟਰ ਵਿੱਚ ਰੱਖੇ ਗਏ ਇੱਕ ਵਿਅਕਤੀ ਨਾਲ ਤੁਹਾਡੀ ਵੀਡੀਓ ਕਾਲ ਜਲਦੀ ਸ਼ੁਰੂ ਹੋਵੇਗੀ।
msg-when = ਤਾਰੀਖ ਅਤੇ ਸਮਾਂ (ਯੂਕੇ ਸਮਾਂ): { $when } ਤੋਂ { $end } ਤੱਕ।
msg-kind-social = ਇਹ ਇੱਕ ਸਮਾਜਿਕ ਕਾਲ ਹੈ।
msg-kind-legal = ਇਹ ਇੱਕ ਕਾਨੂੰਨੀ ਕਾਲ ਹੈ।
msg-link = ਕਿਸੇ ਵੀ ਵੈੱਬ ਬ੍ਰਾਊਜ਼ਰ ਵਿੱਚ ਇਸ ਲਿੰਕ ਨਾਲ ਸ਼ਾਮਲ ਹੋਵੋ:
msg-code = ਤੁਹਾਡਾ ਕਾਲ ਕੋਡ: { $code }
msg-camera = ਤੁਹਾਡਾ ਬ੍ਰਾਊਜ਼ਰ ਤੁਹਾਡੇ ਕੈਮਰੇ ਅਤੇ ਮਾਈਕ੍ਰੋਫ਼ੋਨ ਦੀ ਵਰਤੋਂ ਦੀ ਇਜਾਜ਼ਤ ਮੰਗੇਗਾ: ਕਿਰਪਾ ਕਰਕੇ ਦੋਵਾਂ ਦੀ ਇਜਾਜ਼ਤ ਦਿਓ।
msg-adult = ਕਾਲ ਸ਼ੁਰੂ ਹੋਣ ਤੋਂ ਪਹਿਲਾਂ, ਇੱਕ ਅਫ਼ਸਰ ਜਾਂਚ ਕਰਦਾ ਹੈ ਕਿ ਕੋਈ ਬਾਲਗ ਮੌਜੂਦ ਹੈ।
msg-legal-private = ਕਾਨੂੰਨੀ ਕਾਲ ਨਿੱਜੀ ਹੁੰਦੀ ਹੈ: ਸਟਾਫ਼ ਇਸਨੂੰ ਨਾ ਦੇਖਦਾ ਹੈ ਨਾ ਸੁਣਦਾ ਹੈ।
msg-social-supervised = ਸਟਾਫ਼ ਸਮਾਜਿਕ ਕਾਲ ਦੀ ਨਿਗਰਾਨੀ ਕਰ ਸਕਦਾ ਹੈ; ਜਿੱਥੋਂ ਤੱਕ ਹੋ ਸਕੇ ਤੁਹਾਡੀ ਨਿੱਜਤਾ ਦਾ ਸਤਿਕਾਰ ਕੀਤਾ ਜਾਂਦਾ ਹੈ।
msg-no-record = ਕਾਲ ਰਿਕਾਰਡ ਨਾ ਕਰੋ।
msg-cancelled = { $when } ਲਈ ਬੁੱਕ ਕੀਤੀ ਵੀਡੀਓ ਕਾਲ ਰੱਦ ਕਰ ਦਿੱਤੀ ਗਈ ਹੈ। ਲਿੰਕ ਹੁਣ ਕੰਮ ਨਹੀਂ ਕਰਦਾ।
msg-displaced = { $when } ਲਈ ਬੁੱਕ ਕੀਤੀ ਵੀਡੀਓ ਕਾਲ ਨਹੀਂ ਹੋ ਸਕਦੀ: ਇੱਕ ਕਾਨੂੰਨੀ ਕਾਲ ਨੂੰ ਇਸਦੀ ਥਾਂ ਚਾਹੀਦੀ ਹੈ।
msg-next-free = ਅਗਲਾ ਖਾਲੀ ਸਮਾਂ { $next } ਹੈ। ਜਿਸ ਵਿਅਕਤੀ ਨੂੰ ਤੁਸੀਂ ਕਾਲ ਕਰਨੀ ਸੀ ਉਹ ਕਿਸੇ ਅਫ਼ਸਰ ਨਾਲ ਇਸਨੂੰ ਬੁੱਕ ਕਰ ਸਕਦਾ ਹੈ।
msg-no-free = ਜਿਸ ਵਿਅਕਤੀ ਨੂੰ ਤੁਸੀਂ ਕਾਲ ਕਰਨੀ ਸੀ ਉਹ ਕਿਸੇ ਅਫ਼ਸਰ ਨਾਲ ਕੋਈ ਹੋਰ ਸਮਾਂ ਬੁੱਕ ਕਰ ਸਕਦਾ ਹੈ।
msg-footer = ਇਹ ਸੁਨੇਹਾ ਸੈਂਟਰ ਦੀ ਵੀਡੀਓ ਕਾਲ ਸੇਵਾ ਵੱਲੋਂ ਆਪਣੇ-ਆਪ ਭੇਜਿਆ ਗਿਆ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਜਵਾਬ ਨਾ ਦਿਓ।
