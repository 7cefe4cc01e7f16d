/** The "which country?" field of the policy tools: countries by name in the shopper's language. */
export default function CountrySelect({
	id,
	label,
	countries,
	value,
	onChange,
}: {
	id: string;
	label: string;
	countries: readonly { code: string; name: string }[];
	value: string;
	onChange: (code: string) => void;
}) {
	return (
		<div className="hc-field">
			<label htmlFor={id}>{label}</label>
			<select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
				{countries.map((c) => (
					<option key={c.code} value={c.code}>
						{c.name}
					</option>
				))}
			</select>
		</div>
	);
}
