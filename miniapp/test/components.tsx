import type { ReactNode } from 'react'

interface Props {
  className?: string
  children?: ReactNode
  onClick?: () => void
  hoverClass?: string
  role?: string
  src?: string
}

/** Stand-ins for `@tarojs/components`, rendered as plain HTML. */
export const View = ({ className, children, onClick, role }: Props) => (
  <div className={className} onClick={onClick} role={role}>
    {children}
  </div>
)
export const Text = ({ className, children }: Props) => <span className={className}>{children}</span>
export const Image = ({ className, src }: Props) => <img className={className} src={src} alt='' />
