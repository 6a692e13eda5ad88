### Kinline — the caller's page (server/assets/caller, served by the centre server): strings
### language: pa (Punjabi, ਪੰਜਾਬੀ)
### translator: machine draft by the Kinline call engineer (issue #5), not a native speaker
### reviewed: no

join-title = ਵੀਡੀਓ ਕਾਲ
join-legal = ਇਹ ਕਾਨੂੰਨੀ ਕਾਲ ਹੈ: ਸਟਾਫ਼ ਇਸਨੂੰ ਨਹੀਂ ਦੇਖਦਾ।
join-starting = ਤੁਹਾਡਾ ਕੈਮਰਾ ਚਾਲੂ ਹੋ ਰਿਹਾ ਹੈ…
join-no-camera = ਤੁਹਾਡਾ ਕੈਮਰਾ ਜਾਂ ਮਾਈਕ੍ਰੋਫ਼ੋਨ ਚਾਲੂ ਨਹੀਂ ਹੋ ਸਕਿਆ। ਇਜਾਜ਼ਤ ਦਿਓ ਅਤੇ ਇਹ ਪੰਨਾ ਮੁੜ ਲੋਡ ਕਰੋ।
join-waiting = ਕਿਰਪਾ ਕਰਕੇ ਉਡੀਕ ਕਰੋ: ਇੱਕ ਅਫ਼ਸਰ ਜਲਦੀ ਹੀ ਤੁਹਾਡੀ ਜਾਂਚ ਕਰਕੇ ਤੁਹਾਨੂੰ ਅੰਦਰ ਆਉਣ ਦੇਵੇਗਾ।
join-connecting = ਜੁੜ ਰਿਹਾ ਹੈ…
join-in-call = ਤੁਸੀਂ ਜੁੜ ਗਏ ਹੋ।
join-warning = ਕਾਲ ਇੱਕ ਮਿੰਟ ਵਿੱਚ ਖ਼ਤਮ ਹੋ ਜਾਵੇਗੀ।
join-reconnecting = ਕਨੈਕਸ਼ਨ ਟੁੱਟ ਗਿਆ। ਮੁੜ ਜੁੜ ਰਿਹਾ ਹੈ…
join-no-route = ਇਸ ਬ੍ਰਾਊਜ਼ਰ ਤੋਂ ਕੋਈ ਕਨੈਕਸ਼ਨ ਨਹੀਂ ਬਣ ਸਕਿਆ। ਆਪਣਾ ਇੰਟਰਨੈੱਟ ਕਨੈਕਸ਼ਨ ਜਾਂਚੋ, ਫਿਰ ਇਹ ਪੰਨਾ ਮੁੜ ਲੋਡ ਕਰੋ।
join-peer-left = ਦੂਜੇ ਪਾਸੇ ਦਾ ਕਨੈਕਸ਼ਨ ਟੁੱਟ ਗਿਆ। ਉਡੀਕ ਹੋ ਰਹੀ ਹੈ…
join-ended-completed = ਕਾਲ ਖ਼ਤਮ ਹੋ ਗਈ ਹੈ।
join-ended-slot-ended = ਕਾਲ ਖ਼ਤਮ ਹੋ ਗਈ ਹੈ: ਸਮਾਂ ਪੂਰਾ ਹੋ ਗਿਆ।
join-ended-terminated = ਅਫ਼ਸਰ ਨੇ ਕਾਲ ਖ਼ਤਮ ਕਰ ਦਿੱਤੀ ਹੈ।
join-ended-technical-failure = ਕਨੈਕਸ਼ਨ ਫ਼ੇਲ੍ਹ ਹੋਣ ਕਾਰਨ ਕਾਲ ਖ਼ਤਮ ਹੋ ਗਈ। ਇਸਨੂੰ ਬਿਨਾਂ ਕਿਸੇ ਖ਼ਰਚੇ ਦੇ ਦੁਬਾਰਾ ਬੁੱਕ ਕੀਤਾ ਜਾ ਸਕਦਾ ਹੈ।
join-ended-not-admitted = ਕਾਲ ਨਹੀਂ ਹੋ ਸਕੀ।
join-unknown = ਇਹ ਲਿੰਕ ਸਹੀ ਨਹੀਂ ਹੈ ਜਾਂ ਕਾਲ ਖ਼ਤਮ ਹੋ ਚੁੱਕੀ ਹੈ।
join-in-use = ਇਸ ਲਿੰਕ ਨਾਲ ਕੋਈ ਪਹਿਲਾਂ ਹੀ ਇਸ ਕਾਲ ਵਿੱਚ ਹੈ। ਸਿਰਫ਼ ਇੱਕ ਵਿਅਕਤੀ ਸ਼ਾਮਲ ਹੋ ਸਕਦਾ ਹੈ; ਜੇ ਉਹ ਤੁਸੀਂ ਸੀ, ਤਾਂ ਦੂਜੀ ਵਿੰਡੋ ਬੰਦ ਕਰੋ।
join-hang-up = ਕਾਲ ਬੰਦ ਕਰੋ
join-no-record = ਇਸ ਕਾਲ ਨੂੰ ਰਿਕਾਰਡ ਨਾ ਕਰੋ। ਕੇਂਦਰ ਸਿਰਫ਼ ਇਸਦੀ ਤਾਰੀਖ਼, ਸਮਾਂ ਅਤੇ ਮਿਆਦ ਰੱਖਦਾ ਹੈ।
join-language = ਭਾਸ਼ਾ
refused-unknown = ਇਹ ਲਿੰਕ ਸਹੀ ਨਹੀਂ ਹੈ। ਤੁਹਾਨੂੰ ਭੇਜਿਆ ਗਿਆ ਲਿੰਕ ਜਾਂਚੋ।
refused-cancelled = ਇਹ ਕਾਲ ਰੱਦ ਕਰ ਦਿੱਤੀ ਗਈ ਸੀ।
refused-over = ਇਹ ਕਾਲ ਪਹਿਲਾਂ ਹੀ ਹੋ ਚੁੱਕੀ ਹੈ।
refused-past = ਇਸ ਕਾਲ ਦਾ ਸਮਾਂ ਲੰਘ ਗਿਆ ਹੈ।
